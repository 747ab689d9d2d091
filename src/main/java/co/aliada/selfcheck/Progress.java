package co.aliada.selfcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.aliada.conversation.Turn;

/**
 * How each area moved between two self-checks, by value: the area averages as the person sees them (one
 * decimal) compared, so "igual" means the same number on the chart.
 *
 * @param up   areas whose average rose, in content order
 * @param same areas whose average stayed
 * @param down areas whose average fell
 */
record Progress(List<String> up, List<String> same, List<String> down) {

    /** Compares the areas present in both results, in the order given. */
    static Progress between(Map<String, Double> previous, Map<String, Double> current, List<String> areas) {
        List<String> up = new ArrayList<>();
        List<String> same = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (String area : areas) {
            if (previous.get(area) == null || current.get(area) == null) {
                continue;
            }
            int change = shown(current.get(area)).compareTo(shown(previous.get(area)));
            (change > 0 ? up : change < 0 ? down : same).add(area);
        }
        return new Progress(List.copyOf(up), List.copyOf(same), List.copyOf(down));
    }

    boolean isEmpty() {
        return up.isEmpty() && same.isEmpty() && down.isEmpty();
    }

    /** "subió en Procesos y Resultados, igual en Liderazgo", with each area named by {@code name}. */
    String sentence(Turn turn, Function<String, String> name) {
        List<String> parts = new ArrayList<>();
        add(parts, turn, "selfcheck.progress.up", up, name);
        add(parts, turn, "selfcheck.progress.same", same, name);
        add(parts, turn, "selfcheck.progress.down", down, name);
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, Turn turn, String key, List<String> areas, Function<String, String> name) {
        if (areas.isEmpty()) {
            return;
        }
        List<String> names = areas.stream().map(name).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + turn.text("selfcheck.progress.and")
                + " " + names.get(names.size() - 1);
        parts.add(turn.text(key, "areas", joined));
    }

    private static BigDecimal shown(double average) {
        return BigDecimal.valueOf(average).setScale(1, RoundingMode.HALF_UP);
    }
}
