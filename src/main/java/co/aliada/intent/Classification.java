package co.aliada.intent;

import java.util.List;

/** What the classifier made of a text: the intent that passed its threshold (or null) and the ranking behind it. */
record Classification(String intent, double score, boolean strong, List<Scored> ranked) {

    static final Classification NOTHING = new Classification(null, 0, false, List.of());

    /** One intent and its similarity to the text, between 0 and 1. */
    record Scored(String intent, double score) {
    }
}
