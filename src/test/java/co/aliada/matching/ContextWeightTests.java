package co.aliada.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the weight of a challenge's context (who is affected, what was tried) was chosen, on the development cases of
 * {@code context-set.yml}: the right pillar first and a right service in the top 3 at each weight, beside the context
 * joined to the challenge (as the journey matched it before) and left out, and a 5-fold cross-validation (the weight
 * chosen on four fifths of the cases, scored on the fifth left out).
 */
class ContextWeightTests {

    static final double[] WEIGHTS = {0, 0.1, 0.25, 0.5, 0.75, 1};
    private static final CatalogIndex INDEX = CatalogIndex.load(TestContent.CATALOG);

    @Test
    void theShippedWeightIsAmongTheBestAndBeatsTheContextJoinedOnCasesLeftOut() {
        Catalog catalog = INDEX.catalog();
        ContextSet set = ContextSet.load();
        LuceneMatcher plain = new LuceneMatcher(() -> INDEX);
        ContextSet.Figures joined = report("context joined to the challenge", set.score(plain, catalog,
                c -> MatchQuery.of(c.text() + "\n" + c.context(), c.lang(), 3), new ArrayList<>()), List.of());
        report("context left out", set.score(plain, catalog, c -> MatchQuery.of(c.text(), c.lang(), 3), null), List.of());
        // hits[w][i]: right pillar first plus right service in the top 3 (0, 1 or 2) of case i at weight w.
        int[][] hits = new int[WEIGHTS.length][set.cases().size()];
        int shippedAt = -1;
        for (int w = 0; w < WEIGHTS.length; w++) {
            LuceneMatcher matcher = new LuceneMatcher(() -> INDEX, LuceneMatcher.CLASSIFIER_WEIGHT, LuceneMatcher.CAUSE_WEIGHT,
                    LuceneMatcher.ASKED_SHARE, WEIGHTS[w]);
            for (int i = 0; i < hits[w].length; i++) {
                hits[w][i] = set.only(List.of(i)).score(matcher, catalog, ContextWeightTests::query, null).hits();
            }
            List<String> misses = new ArrayList<>();
            report(String.format("context apart, weight %.2f", WEIGHTS[w]), set.score(matcher, catalog, ContextWeightTests::query, misses),
                    WEIGHTS[w] == LuceneMatcher.CONTEXT_WEIGHT ? misses : List.of());
            shippedAt = WEIGHTS[w] == LuceneMatcher.CONTEXT_WEIGHT ? w : shippedAt;
        }
        int crossValidated = WeightFolds.crossValidated(hits);
        System.out.printf("context weight chosen on 4 folds, scored on the 5th: %d of %d (joined: %d, weight 0: %d)%n",
                crossValidated, 2 * set.cases().size(), joined.hits(), WeightFolds.total(hits[0]));
        assertThat(shippedAt).as("the shipped weight is one of those compared").isNotNegative();
        int best = Arrays.stream(hits).mapToInt(WeightFolds::total).max().orElseThrow();
        assertThat(WeightFolds.total(hits[shippedAt])).as("the shipped weight is within one answer of the best").isGreaterThanOrEqualTo(best - 1);
        assertThat(crossValidated).as("weights chosen without a fold beat the context joined to the challenge").isGreaterThan(joined.hits());
    }

    @Test
    void theChallengeLeadsOverAWordOfTheContext() {
        MatchQuery query = MatchQuery.of("people dont know my brand and i want to export specialty coffee", "en", 3)
                .withContext("we tried instagram but no sales");
        MatchResult result = new LuceneMatcher(() -> INDEX).match(query);
        assertThat(result.services()).extracting(MatchResult.Service::id).contains("mp-market-entry").doesNotContain("mp-sales-training");
    }

    @Test
    void aContextNeverMakesATextAChallenge() {
        MatchQuery query = MatchQuery.of("hola, buenas tardes", "es", 3).withContext("queremos exportar cafe especial a europa");
        assertThat(new LuceneMatcher(() -> INDEX).match(query).none()).isTrue();
    }

    @Test
    void aContextTheCatalogueDoesNotRecogniseChangesNothing() {
        LuceneMatcher matcher = new LuceneMatcher(() -> INDEX);
        MatchQuery query = MatchQuery.of("no se cuanto cobrar por mis artesanias", "es", 3);
        assertThat(matcher.match(query.withContext("no hemos intentado nada"))).isEqualTo(matcher.match(query));
    }

    private static MatchQuery query(ContextSet.Case c) {
        return MatchQuery.of(c.text(), c.lang(), 3).withContext(c.context());
    }

    private static ContextSet.Figures report(String what, ContextSet.Figures figures, List<String> misses) {
        System.out.println(what + ": " + figures);
        misses.forEach(m -> System.out.println("  miss: " + m));
        return figures;
    }
}
