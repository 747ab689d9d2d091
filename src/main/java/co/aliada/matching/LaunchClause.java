package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Launched;

/**
 * Whether a text tells a product already out whose progress is not known, with the admins' words
 * ({@code launched.yml}): a word of something done ("sacamos", "we launched") and one of a result not known ("no
 * sabemos si", "no idea"), and none of a launch still to come ("vamos a lanzar"). The product's own words pull
 * towards making a new one; what such a person needs is to follow how it does. Both languages' words are looked for
 * in every text, as the matcher searches both languages. Built once per catalogue version.
 */
final class LaunchClause {

    // Compared in lower case without accents, not spelling-folded, as CauseClause does. Phrases are kept by their first
    // word, so a text is read once whatever the length of the lists.

    private final Map<String, List<List<String>>> done = new HashMap<>();
    private final Map<String, List<List<String>>> unknown = new HashMap<>();
    private final Map<String, List<List<String>>> planned = new HashMap<>();
    private final Map<String, List<List<String>>> toLaunch = new HashMap<>();
    private final Map<String, List<List<String>>> notProducts = new HashMap<>();
    private final Launched launched;

    LaunchClause(Launched launched) {
        this.launched = launched;
        for (String lang : Fields.LANGS) {
            launched.done(lang).forEach(w -> add(done, w));
            launched.unknown(lang).forEach(w -> add(unknown, w));
            launched.planned(lang).forEach(w -> add(planned, w));
            launched.toLaunch(lang).forEach(w -> add(toLaunch, w));
            launched.notProducts(lang).forEach(w -> add(notProducts, w));
        }
    }

    /** What a text tells of a launch: a product already out, one still to bring out, or neither. */
    enum Told { LAUNCHED, TO_LAUNCH, NEITHER }

    /**
     * What the text tells, read once (the matcher asks for every text): {@link Told#LAUNCHED} for a product already out
     * that nobody knows how it is doing, and no launch to come; else {@link Told#TO_LAUNCH} for a product still to bring
     * out, a launch verb to come ("queremos lanzar", "planning to launch") and no word of a launch that is no product ("una
     * campaña", "la promocion", "the online store"): the product's words ("app", "software", "domicilios") otherwise lead
     * to running a technology project or a channel.
     */
    Told read(String text) {
        boolean launches = !done.isEmpty() && !unknown.isEmpty() && !(launched.lifts().isEmpty() && launched.lowers().isEmpty());
        boolean plansOne = !toLaunch.isEmpty() && !launched.plans().isEmpty();
        if (text == null || !launches && !plansOne) {
            return Told.NEITHER;
        }
        List<String> folded = MarkerWords.tokens(MarkerWords.WORD, MarkerWords.straightApostrophes(text)).folded();
        if (launches && has(done, folded) && has(unknown, folded) && !has(planned, folded)) {
            return Told.LAUNCHED;
        }
        return plansOne && has(toLaunch, folded) && !has(notProducts, folded) ? Told.TO_LAUNCH : Told.NEITHER;
    }

    /** Whether the text tells a product already out, that nobody knows how it is doing, and no launch to come. */
    boolean tells(String text) {
        return read(text) == Told.LAUNCHED;
    }

    /** Whether the text tells a product still to bring out (see {@link #read}). */
    boolean plans(String text) {
        return read(text) == Told.TO_LAUNCH;
    }

    /** The services a product still to bring out needs first. */
    List<String> planServices() {
        return launched.plans();
    }

    /** The services a launched product with an unknown result needs first. */
    List<String> lifts() {
        return launched.lifts();
    }

    /** The services for a product still to make, which such a text does not need. */
    List<String> lowers() {
        return launched.lowers();
    }

    private static boolean has(Map<String, List<List<String>>> phrases, List<String> folded) {
        return MarkerWords.firstAt(phrases, folded, 0) >= 0;
    }

    private static void add(Map<String, List<List<String>>> phrases, String phrase) {
        MarkerWords.addByFirstWord(phrases, MarkerWords.WORD, phrase);
    }
}
