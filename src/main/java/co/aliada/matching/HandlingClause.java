package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import co.aliada.catalog.Handling;

/**
 * Whether a text tells produce damaged on the way to market, with the admins' words ({@code handling.yml}): a word of
 * damage ("estripado", "golpeado", "se machuca", "bruised", "crushed") and, in the same sentence, before or after it, a
 * word of the way (the truck, the road, the crates, arriving: "camion", "carretera", "canastas", "llega", "truck",
 * "crates"). The way's words otherwise lead to distribution channels or market entry, while what the business needs is
 * to handle and pack the produce so it keeps. Both languages' words are looked for in every text, as the matcher
 * searches both languages. Built once per catalogue version.
 */
final class HandlingClause {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+");
    // A sentence ends at these: "el tomate llego golpeado. el camion sale a las 3" is two things told.
    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n]+");

    private final Map<String, List<List<String>>> damage = new HashMap<>();
    private final Map<String, List<List<String>>> way = new HashMap<>();
    private final List<String> lifts;

    HandlingClause(Handling words) {
        this.lifts = words.lifts();
        for (String lang : Fields.LANGS) {
            words.damage(lang).forEach(w -> MarkerWords.addByFirstWord(damage, TOKEN, w));
            words.way(lang).forEach(w -> MarkerWords.addByFirstWord(way, TOKEN, w));
        }
    }

    /** Whether a sentence of the text has a word of damage and a word of the way. */
    boolean tells(String text) {
        if (text == null || lifts.isEmpty() || damage.isEmpty() || way.isEmpty()) {
            return false;
        }
        for (String sentence : SENTENCE.split(MarkerWords.straightApostrophes(text))) {
            List<String> folded = MarkerWords.tokens(TOKEN, sentence).folded();
            if (MarkerWords.firstAt(damage, folded, 0) >= 0 && MarkerWords.firstAt(way, folded, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The services such a text needs first. */
    List<String> lifts() {
        return lifts;
    }
}
