package co.aliada.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * A scored self-check. Ranks go from 1 (commitment) to 5 (excellence).
 *
 * @param averages        each area's mean answer, 0–4, in content order
 * @param areaRanks       each area's level
 * @param overall         G, the mean of the area averages
 * @param provisional     the level of G alone
 * @param rank            the final overall level, after the weakest-link cap and the results gates
 * @param belowCommitment whether G is so low that the first level is still to be reached
 * @param strongest       the area with the highest average (outside the priorities)
 * @param priorities      the two areas with the lowest averages, weakest first
 */
record Outcome(Map<String, Double> averages, Map<String, Integer> areaRanks, double overall, int provisional,
               int rank, boolean belowCommitment, String strongest, List<String> priorities) {

    /** Whether every area has the same average, so no area really stands out. */
    boolean even() {
        return averages.values().stream().distinct().count() == 1;
    }
}
