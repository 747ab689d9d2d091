package co.aliada.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.aliada.conversation.Html;
import co.aliada.conversation.Turn;

/**
 * The result card's lines on strengths and where to start, true to ties: areas with the same average
 * are named together, even areas are called even, and an all-top result gets no "where to start".
 */
final class ResultProfile {

    private static final double SAME = 1e-6;

    private ResultProfile() {
    }

    static String lines(Turn turn, SelfCheck check, Outcome outcome) {
        Map<String, Double> averages = outcome.averages();
        List<String> order = check.areas().stream().map(Area::id).filter(averages::containsKey).toList();
        double max = order.stream().mapToDouble(averages::get).max().orElse(0);
        double min = order.stream().mapToDouble(averages::get).min().orElse(0);
        String first = outcome.priorities().get(0);
        String step = turn.text("selfcheck.result.step", "area", name(turn, check, first),
                "nextStep", Html.escape(check.area(first).nextStep().in(turn.lang())));
        if (max - min < SAME) {
            if (max >= RadarChart.MAX - RadarChart.OFFSET - SAME) {
                return turn.text("selfcheck.result.top");
            }
            String value = String.format(locale(turn), "%.1f", min + RadarChart.OFFSET);
            return turn.text("selfcheck.result.even", "value", value) + "\n" + step;
        }
        List<String> top = at(order, averages, max);
        List<String> bottom = new ArrayList<>(at(order, averages, min));
        if (bottom.size() == 1) {
            // the next level up joins only when it is a single area of its own, not a tie nor the strongest
            double next = order.stream().mapToDouble(averages::get).filter(v -> v > min + SAME).min().orElse(max);
            List<String> second = at(order, averages, next);
            if (second.size() == 1 && next < max - SAME) {
                bottom.addAll(second);
            }
        }
        String strong = turn.text(top.size() == 1 ? "selfcheck.result.strong" : "selfcheck.result.strong.tied",
                "areas", names(turn, check, top));
        String start = turn.text(bottom.size() > 1 && averages.get(bottom.get(1)) - min < SAME
                ? "selfcheck.result.start.tied" : "selfcheck.result.start", "areas", names(turn, check, bottom));
        return strong + "\n" + start + "\n" + step;
    }

    private static List<String> at(List<String> order, Map<String, Double> averages, double value) {
        return order.stream().filter(id -> Math.abs(averages.get(id) - value) < SAME).toList();
    }

    private static String names(Turn turn, SelfCheck check, List<String> areas) {
        List<String> names = areas.stream().map(id -> "<b>" + name(turn, check, id) + "</b>").toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + turn.text("selfcheck.progress.and")
                + " " + names.get(names.size() - 1);
    }

    private static String name(Turn turn, SelfCheck check, String area) {
        return Html.escape(check.area(area).name().in(turn.lang()));
    }

    private static Locale locale(Turn turn) {
        return "en".equals(turn.lang()) ? Locale.ENGLISH : new Locale("es", "CO");
    }
}
