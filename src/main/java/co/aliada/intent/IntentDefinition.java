package co.aliada.intent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One intent as an admin wrote it: its training phrases per language, whether it is a command
 * that may interrupt a step waiting for free text, whether it may be asked in one clause of a longer
 * message ({@code clause}), its own threshold when it has one, and the words of which a text must hold one to be
 * read as it ({@code needs}, folded; empty: none needed), and the reading it yields to when a text names whom it is
 * not about ({@code yields}; {@link Yield#NONE}: it never yields), and the phrases that say a text is about something
 * else ({@code never_with}, folded words in a row: "forget it", "the last answer" are no wish to erase all one's data).
 */
record IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases,
        Set<String> needs, Yield yields, List<List<String>> neverWith) {

    IntentDefinition {
        phrases = Map.copyOf(phrases);
        needs = Set.copyOf(needs);
        neverWith = List.copyOf(neverWith);
    }

    IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases,
            Set<String> needs, Yield yields) {
        this(id, command, clause, threshold, phrases, needs, yields, List.of());
    }

    IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases,
            Set<String> needs) {
        this(id, command, clause, threshold, phrases, needs, Yield.NONE);
    }

    IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases) {
        this(id, command, clause, threshold, phrases, Set.of());
    }

    /**
     * A reading that gives way to another ({@code to}) when the text names one of {@code when} and none of
     * {@code unless}: "necesito hablar con mis proveedores" names the people of the business, not ours, so it is a
     * need and not a request for a person. Phrases are folded words, matched in a row.
     */
    record Yield(String to, List<List<String>> when, List<List<String>> unless) {

        static final Yield NONE = new Yield(null, List.of(), List.of());

        Yield {
            when = List.copyOf(when);
            unless = List.copyOf(unless);
        }

        boolean none() {
            return to == null || when.isEmpty();
        }

        /** Whether these folded words hold one of the phrases, its words in a row. */
        static boolean names(List<String> words, List<List<String>> phrases) {
            return phrases.stream().anyMatch(phrase -> java.util.Collections.indexOfSubList(words, phrase) >= 0);
        }
    }

    /**
     * Whether a text of these words (folded) may be read as this intent: it names one of the words needed, if any, and
     * none of the phrases it is never read with.
     */
    boolean allows(List<String> words) {
        return (needs.isEmpty() || words.stream().anyMatch(needs::contains)) && !Yield.names(words, neverWith);
    }
}
