package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 43: sales told in the past tense or in plain English ("no vendimos casi nada este mes", "we sold almost nothing
 * at the fair", "we barely sell anything these days") were read as no challenge at all; they are low sales, the market
 * pillar first. A sale told as good news ("ayer vendimos todo el pan, que alegria") stays no challenge.
 */
class SalesToldInThePastTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "no vendimos casi nada este mes",
            "we sell almost nothing",
            "we sold almost nothing at the fair",
            "we barely sell anything these days",
            "we sold very little this harvest"})
    void lowSalesToldInThePastOrInPlainEnglishAreTheMarketsPillar(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);

        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        List<String> services = result.services().stream().map(MatchResult.Service::id).toList();
        assertThat(services).as(text).containsAnyOf("mp-sales-training", "mp-pricing", "mp-distribution-channels", "mp-advertising");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ayer vendimos todo el pan, que alegria, gracias"})
    void aSaleToldAsGoodNewsIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }
}
