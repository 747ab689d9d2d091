package co.aliada.matching;

import java.util.List;

/** The index's field names and how much each weighs when a query term hits it; used by indexing and search alike. */
final class Fields {

    static final List<String> LANGS = List.of("es", "en");

    /** The service id, stored to rebuild the answer from the catalogue snapshot, not searched. */
    static final String ID = "id";

    static final float NAME_BOOST = 3.0f;
    static final float KEYWORDS_BOOST = 2.0f;
    static final float DESCRIPTION_BOOST = 1.0f;
    static final float PILLAR_BOOST = 0.5f;

    private Fields() {
    }

    static String name(String lang) {
        return "name_" + lang;
    }

    static String keywords(String lang) {
        return "keywords_" + lang;
    }

    static String description(String lang) {
        return "description_" + lang;
    }

    /** The pillar's own name, description and keywords, copied on each of its services. */
    static String pillar(String lang) {
        return "pillar_" + lang;
    }

    /** Searched fields of a language with their boosts: name > keywords > description > pillar. */
    static List<Weighted> searched(String lang) {
        return List.of(new Weighted(name(lang), NAME_BOOST), new Weighted(keywords(lang), KEYWORDS_BOOST),
                new Weighted(description(lang), DESCRIPTION_BOOST), new Weighted(pillar(lang), PILLAR_BOOST));
    }

    /** Where a misspelt word is looked for: the keywords, the richest precise vocabulary (one field keeps it cheap). */
    static List<Weighted> fuzzy(String lang) {
        return List.of(new Weighted(keywords(lang), KEYWORDS_BOOST));
    }

    static String langOf(String field) {
        return field.substring(field.lastIndexOf('_') + 1);
    }

    record Weighted(String field, float boost) {
    }
}
