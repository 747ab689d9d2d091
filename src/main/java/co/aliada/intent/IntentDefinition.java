package co.aliada.intent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One intent as an admin wrote it: its training phrases per language, whether it is a command
 * that may interrupt a step waiting for free text, whether it may be asked in one clause of a longer
 * message ({@code clause}), its own threshold when it has one, and the words of which a text must hold one to be
 * read as it ({@code needs}, folded; empty: none needed).
 */
record IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases,
        Set<String> needs) {

    IntentDefinition {
        phrases = Map.copyOf(phrases);
        needs = Set.copyOf(needs);
    }

    IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases) {
        this(id, command, clause, threshold, phrases, Set.of());
    }

    /** Whether a text of these words (folded) may be read as this intent: it names one of the words needed, if any. */
    boolean allows(List<String> words) {
        return needs.isEmpty() || words.stream().anyMatch(needs::contains);
    }
}
