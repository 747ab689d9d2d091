package co.aliada.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalogue on the held-out set: texts written from the domain description alone, by
 * someone who had not read the catalogue. Only the figures are printed (not the texts it misses), so
 * that the set is never used to choose a keyword or a threshold. The floors sit a little below what
 * was measured when it was first run; they fail if a change makes the matching worse on unseen text.
 */
class HeldOutMatchingTests {

    private static final CatalogIndex INDEX = CatalogIndex.load(Path.of("catalog"));

    @Test
    void heldOutFiguresStayAboveTheirFloors() {
        DevSet.Figures figures = DevSet.load(DevSet.HELD_OUT).score(new LuceneMatcher(() -> INDEX), INDEX.catalog(), new ArrayList<>());
        System.out.println("Catalogue matching, held-out: " + figures);
        assertThat(figures.challenges()).isGreaterThanOrEqualTo(50);
        assertThat(figures.pillarAt1()).isGreaterThanOrEqualTo(FLOOR_PILLAR);
        assertThat(figures.serviceAt3()).isGreaterThanOrEqualTo(FLOOR_SERVICE);
        assertThat(figures.noneRecall()).isGreaterThanOrEqualTo(FLOOR_NONE);
    }

    @Test
    void keywordBaselineOnTheHeldOutSet() {
        DevSet.Figures figures = DevSet.load(DevSet.HELD_OUT).score(new KeywordBaseline(INDEX.catalog()), INDEX.catalog(), new ArrayList<>());
        System.out.println("Keyword baseline, held-out: " + figures);
        assertThat(figures.challenges()).isGreaterThanOrEqualTo(50);
    }

    static final double FLOOR_PILLAR = 0.89;
    static final double FLOOR_SERVICE = 0.93;
    static final double FLOOR_NONE = 0.92;
}
