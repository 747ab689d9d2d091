package co.aliada.matching;

import java.util.ArrayList;
import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The context a person adds to a challenge (who is affected, what was tried) on the development cases of
 * {@code context-set.yml}: matched joined to the challenge, as the challenge journey does, and left out.
 */
class ContextWeightTests {

    private static final CatalogIndex INDEX = CatalogIndex.load(TestContent.CATALOG);

    @Test
    void reportsTheContextCasesJoinedAndLeftOut() {
        ContextSet set = ContextSet.load();
        LuceneMatcher matcher = new LuceneMatcher(() -> INDEX);
        List<String> misses = new ArrayList<>();
        ContextSet.Figures joined = set.score(matcher, INDEX.catalog(),
                c -> MatchQuery.of(c.text() + "\n" + c.context(), c.lang(), 3), misses);
        System.out.println("context joined to the challenge: " + joined);
        misses.forEach(m -> System.out.println("  joined miss: " + m));
        misses.clear();
        ContextSet.Figures leftOut = set.score(matcher, INDEX.catalog(), c -> MatchQuery.of(c.text(), c.lang(), 3), misses);
        System.out.println("context left out:                " + leftOut);
        misses.forEach(m -> System.out.println("  left-out miss: " + m));
    }
}
