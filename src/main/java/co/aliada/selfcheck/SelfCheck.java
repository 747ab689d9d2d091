package co.aliada.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * The self-check as loaded from {@code intents/selfcheck.yml}: areas, questions in asking order, the
 * five levels lowest first, and the calibration data (thresholds, baseline) that the scoring reads.
 *
 * @param thresholds      lowest average of levels 2 to 5, ascending
 * @param belowCommitment an overall average under this has not reached the first level yet
 * @param tieBreak        area ids, highest priority first, for areas with equal averages
 * @param baseline        companies per level id in the article's study
 */
record SelfCheck(List<Area> areas, List<Question> questions, List<Level> levels, List<Double> thresholds,
                 double belowCommitment, List<String> tieBreak, Map<String, Integer> baseline) {

    /** The area ids the rest of the bot relies on (DOMAIN.md). */
    static final List<String> AREA_IDS = List.of(
            "leadership", "planning", "people", "innovation-intelligence", "processes", "results");
    /** The level ids, lowest first (DOMAIN.md). */
    static final List<String> LEVEL_IDS = List.of(
            "commitment", "implementation", "continuous-improvement", "sustainable-culture", "excellence");
    static final String RESULTS = "results";

    Area area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    List<Question> questionsOf(String areaId) {
        return questions.stream().filter(q -> q.area().equals(areaId)).toList();
    }

    /** The level of a rank from 1 (commitment) to 5 (excellence). */
    Level level(int rank) {
        return levels.get(rank - 1);
    }

    int baselineTotal() {
        return baseline.values().stream().mapToInt(Integer::intValue).sum();
    }
}
