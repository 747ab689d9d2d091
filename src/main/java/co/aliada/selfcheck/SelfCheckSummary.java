package co.aliada.selfcheck;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.aliada.conversation.ChatState;

/**
 * The outcome of the chat's last self-check, as other features read it (challenge recommendations,
 * the summary, the consultants' case card). The self-check owns the chat-state keys behind it.
 *
 * @param level      the overall level id, or null before any self-check
 * @param areaLevels each area's level id, by area id, sorted by area
 * @param weakAreas  the areas to work on first, most urgent first
 */
public record SelfCheckSummary(String level, Map<String, String> areaLevels, List<String> weakAreas) {

    public SelfCheckSummary {
        areaLevels = java.util.Collections.unmodifiableMap(new TreeMap<>(areaLevels));
        weakAreas = List.copyOf(weakAreas);
    }

    /** The outcome kept in this chat's state; empty fields before the first self-check. */
    public static SelfCheckSummary of(ChatState state) {
        Map<String, String> areas = new TreeMap<>();
        state.data().forEach((key, value) -> {
            if (key.startsWith(SelfCheckResult.AREA)) {
                areas.put(key.substring(SelfCheckResult.AREA.length()), value);
            }
        });
        List<String> weakAreas = Arrays.stream(state.get(SelfCheckResult.WEAK, "").split(","))
                .map(String::strip).filter(area -> !area.isEmpty()).toList();
        return new SelfCheckSummary(state.get(SelfCheckResult.LEVEL), areas, weakAreas);
    }

    /** Whether the chat has finished a self-check that left a level. */
    public boolean done() {
        return level != null;
    }
}
