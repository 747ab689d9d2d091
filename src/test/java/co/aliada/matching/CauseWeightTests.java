package co.aliada.matching;

import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the weight of a text's cause was chosen: on the development texts that tell one ("... porque ..."), the
 * right pillar first and a right service in the top 3 for each weight compared, and a 5-fold cross-validation
 * (the weight chosen on four fifths of those texts, scored on the fifth left out) that shows the gain is not
 * one fitted to a few texts. Only texts that tell a cause are scored: the weight changes no other answer.
 */
class CauseWeightTests {

    static final double[] WEIGHTS = {0, 0.5, 1, 1.5, 2, 3, 4};
    private static final CatalogIndex INDEX = CatalogIndex.load(TestContent.CATALOG);

    @Test
    void theShippedWeightIsAmongTheBestAndTheGainHoldsOnTextsLeftOut() {
        Catalog catalog = INDEX.catalog();
        List<DevSet.Case> caused = DevSet.load().cases().stream()
                .filter(c -> !c.none() && INDEX.causes().of(c.text()) != null).toList();
        // hits[w][i]: right pillar first plus right service in the top 3 (0, 1 or 2) of text i at weight w.
        int[][] hits = new int[WEIGHTS.length][caused.size()];
        int shippedAt = -1;
        for (int w = 0; w < WEIGHTS.length; w++) {
            LuceneMatcher matcher = new LuceneMatcher(() -> INDEX, LuceneMatcher.CLASSIFIER_WEIGHT, WEIGHTS[w]);
            for (int i = 0; i < caused.size(); i++) {
                DevSet.Figures f = new DevSet(List.of(caused.get(i))).score(matcher, catalog, new java.util.ArrayList<>());
                hits[w][i] = (int) Math.round(f.pillarAt1() + f.serviceAt3());
            }
            System.out.printf("cause weight %.1f: pillar@1 + service@3 on %d texts with a cause: %d of %d%n",
                    WEIGHTS[w], caused.size(), WeightFolds.total(hits[w]), 2 * caused.size());
            shippedAt = WEIGHTS[w] == LuceneMatcher.CAUSE_WEIGHT ? w : shippedAt;
        }
        int crossValidated = WeightFolds.crossValidated(hits);
        int none = WeightFolds.total(hits[0]);
        System.out.printf("cause weight chosen on 4 folds, scored on the 5th: %d of %d (weight 0: %d)%n",
                crossValidated, 2 * caused.size(), none);
        assertThat(shippedAt).as("the shipped weight is one of those compared").isNotNegative();
        int best = java.util.Arrays.stream(hits).mapToInt(WeightFolds::total).max().orElseThrow();
        assertThat(WeightFolds.total(hits[shippedAt])).as("the shipped weight is within one answer of the best").isGreaterThanOrEqualTo(best - 1);
        assertThat(crossValidated).as("weights chosen without a fold beat no weight on that fold").isGreaterThan(none);
    }
}
