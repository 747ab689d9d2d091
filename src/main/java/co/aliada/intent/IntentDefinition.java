package co.aliada.intent;

import java.util.List;
import java.util.Map;

/**
 * One intent as an admin wrote it: its training phrases per language, whether it is a command
 * that may interrupt a step waiting for free text, whether it may be asked in one clause of a longer
 * message ({@code clause}), and its own threshold when it has one.
 */
record IntentDefinition(String id, boolean command, boolean clause, double threshold, Map<String, List<String>> phrases) {

    IntentDefinition {
        phrases = Map.copyOf(phrases);
    }
}
