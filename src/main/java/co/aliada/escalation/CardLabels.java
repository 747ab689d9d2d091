package co.aliada.escalation;

import java.util.Map;
import java.util.function.Function;

import co.aliada.selfcheck.SelfCheckLabels;

/** The self-check's level and area names for the case card, in the consultants' language, from the content files. */
record CardLabels(Function<String, Map<String, String>> levels, Function<String, Map<String, String>> areas) {

    static CardLabels from(SelfCheckLabels labels) {
        return new CardLabels(labels::levels, labels::areas);
    }

    /** No names: ids show as themselves (for tests that load no self-check). */
    static CardLabels ids() {
        return new CardLabels(lang -> Map.of(), lang -> Map.of());
    }

    String level(String id, String lang) {
        return levels.apply(lang).getOrDefault(id, id);
    }

    String area(String id, String lang) {
        return areas.apply(lang).getOrDefault(id, id);
    }
}
