package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell a product already out whose progress is not known ({@code launched.yml}), per language:
 * those of something done ("lanzamos", "we launched"), of a result not known ("no sabemos", "no idea") and of a launch
 * still to come ("vamos a lanzar"); and the services such a text lifts and lowers. Beside them, the launch verbs of a
 * product still to bring out ({@code toLaunch}: "queremos lanzar", "planning to launch"), the words of a launch that is
 * no product ({@code notProducts}: "campaña", "promotion") and the services such a plan needs first ({@code plans}).
 */
public record Launched(Map<String, List<String>> done, Map<String, List<String>> unknown,
                       Map<String, List<String>> planned, List<String> lifts, List<String> lowers,
                       Map<String, List<String>> toLaunch, Map<String, List<String>> notProducts, List<String> plans) {

    public static final Launched NONE = new Launched(Map.of(), Map.of(), Map.of(), List.of(), List.of());

    public Launched {
        done = Map.copyOf(done);
        unknown = Map.copyOf(unknown);
        planned = Map.copyOf(planned);
        lifts = List.copyOf(lifts);
        lowers = List.copyOf(lowers);
        toLaunch = Map.copyOf(toLaunch);
        notProducts = Map.copyOf(notProducts);
        plans = List.copyOf(plans);
    }

    /** Words of a launched product only, without a launch to come. */
    public Launched(Map<String, List<String>> done, Map<String, List<String>> unknown,
                    Map<String, List<String>> planned, List<String> lifts, List<String> lowers) {
        this(done, unknown, planned, lifts, lowers, Map.of(), Map.of(), List.of());
    }

    public List<String> done(String lang) {
        return done.getOrDefault(lang, List.of());
    }

    public List<String> unknown(String lang) {
        return unknown.getOrDefault(lang, List.of());
    }

    public List<String> planned(String lang) {
        return planned.getOrDefault(lang, List.of());
    }

    public List<String> toLaunch(String lang) {
        return toLaunch.getOrDefault(lang, List.of());
    }

    public List<String> notProducts(String lang) {
        return notProducts.getOrDefault(lang, List.of());
    }
}
