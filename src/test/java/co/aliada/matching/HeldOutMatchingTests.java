package co.aliada.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalogue on the held-out sets: texts written from the domain description alone, by
 * someone who had not read the catalogue (two sets, by different hands at different times). Only the
 * figures are printed (not the texts missed), so that the sets are never used to choose a keyword or a
 * threshold. The floors sit a little below what was measured when each set was first run; they fail if
 * a change makes the matching worse on unseen text.
 */
class HeldOutMatchingTests {

    private static final CatalogIndex INDEX = CatalogIndex.load(Path.of("catalog"));

    /** One held-out set and its floors: pillar@1, service@3, none recall. */
    record HeldOut(String name, Path file, double pillar, double service, double none) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of(new HeldOut("held-out", DevSet.HELD_OUT, FLOOR_PILLAR, FLOOR_SERVICE, FLOOR_NONE)),
                Arguments.of(new HeldOut("held-out-2", DevSet.HELD_OUT_2, FLOOR_2_PILLAR, FLOOR_2_SERVICE, FLOOR_2_NONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void heldOutFiguresStayAboveTheirFloors(HeldOut set) {
        DevSet.Figures figures = DevSet.load(set.file()).score(new LuceneMatcher(() -> INDEX), INDEX.catalog(), new ArrayList<>());
        System.out.println("Catalogue matching, " + set.name() + ": " + figures);
        assertThat(figures.challenges()).isGreaterThanOrEqualTo(50);
        assertThat(figures.pillarAt1()).isGreaterThanOrEqualTo(set.pillar());
        assertThat(figures.serviceAt3()).isGreaterThanOrEqualTo(set.service());
        assertThat(figures.noneRecall()).isGreaterThanOrEqualTo(set.none());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void keywordBaselineOnTheHeldOutSets(HeldOut set) {
        DevSet.Figures figures = DevSet.load(set.file()).score(new KeywordBaseline(INDEX.catalog()), INDEX.catalog(), new ArrayList<>());
        System.out.println("Keyword baseline, " + set.name() + ": " + figures);
        assertThat(figures.challenges()).isGreaterThanOrEqualTo(50);
    }

    static final double FLOOR_PILLAR = 0.89;
    static final double FLOOR_SERVICE = 0.93;
    static final double FLOOR_NONE = 0.92;

    // Set 2 as first measured: pillar@1 0.849, service@3 0.877, none recall 0.900 (the first two under the
    // issue's bars of 0.95 and 0.97; the floors hold what is there, they do not claim the bars are met).
    static final double FLOOR_2_PILLAR = 0.84;
    static final double FLOOR_2_SERVICE = 0.87;
    static final double FLOOR_2_NONE = 0.89;
}
