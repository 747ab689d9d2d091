package co.aliada.selfcheck;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rule of the self-check: area average → area level; the mean of the area averages →
 * provisional level; capped at the lowest area level + 1; level 4 needs results at level 3 or more,
 * level 5 needs results at 5 and every other area at 4 or more. Pure: no state, no I/O.
 */
final class LevelScorer {

    // Averages such as 9/6 must land on their threshold, not a hair below it.
    private static final double EPSILON = 1e-9;

    private LevelScorer() {
    }

    /** Scores complete answers (question id → 0–4); a question without an answer counts as 0. */
    static Outcome score(SelfCheck content, Map<String, Integer> answers) {
        Map<String, Double> averages = new LinkedHashMap<>();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Area area : content.areas()) {
            double avg = content.questionsOf(area.id()).stream()
                    .mapToInt(q -> answers.getOrDefault(q.id(), 0)).average().orElse(0);
            averages.put(area.id(), avg);
            ranks.put(area.id(), rankOf(avg, content.thresholds()));
        }
        double overall = averages.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int provisional = rankOf(overall, content.thresholds());
        int weakestLink = ranks.values().stream().mapToInt(Integer::intValue).min().orElse(1) + 1;
        int rank = Math.min(provisional, Math.min(weakestLink, resultsGate(ranks)));
        List<String> priorities = byPriority(content, averages).subList(0, 2);
        // Equal highest averages: the area listed first in the content wins.
        String strongest = averages.keySet().stream().filter(id -> !priorities.contains(id))
                .reduce((best, id) -> averages.get(id) > averages.get(best) ? id : best)
                .orElseThrow();
        return new Outcome(averages, ranks, overall, provisional, rank,
                overall + EPSILON < content.belowCommitment(), strongest, priorities);
    }

    /** 1 plus the number of thresholds the average reaches. */
    static int rankOf(double average, List<Double> thresholds) {
        return 1 + (int) thresholds.stream().filter(t -> average + EPSILON >= t).count();
    }

    /** The highest level the results area allows. */
    private static int resultsGate(Map<String, Integer> ranks) {
        int results = ranks.get(SelfCheck.RESULTS);
        boolean othersAtFour = ranks.entrySet().stream()
                .filter(e -> !e.getKey().equals(SelfCheck.RESULTS)).allMatch(e -> e.getValue() >= 4);
        if (results == 5 && othersAtFour) {
            return 5;
        }
        return results >= 3 ? 4 : 3;
    }

    /** Areas from the lowest average up; equal averages follow the content's tie-break order. */
    private static List<String> byPriority(SelfCheck content, Map<String, Double> averages) {
        return averages.keySet().stream()
                .sorted(Comparator.comparingDouble((String id) -> averages.get(id))
                        .thenComparingInt(id -> content.tieBreak().indexOf(id)))
                .toList();
    }
}
