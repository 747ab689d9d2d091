package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 27's observed misses that the catalogue's content now answers: sales staff who cannot sell are a sales-training
 * need, not talent development, and a writer who steps away or says goodbye is not telling a challenge.
 */
class SalesStaffAndSmallTalkTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);

    @ParameterizedTest
    @ValueSource(strings = {"our sales staff do not know how to talk to big buyers",
            "how do you teach shop assistants to sell more without being pushy?"})
    void salesStaffWhoCannotSellAreAMarketPositioningNeed(String text) {
        // Both went to talent development: "staff" and "do not know how" are its words, and "buyers" was not read as
        // customers.
        MatchResult result = new LuceneMatcher(() -> SHIPPED).match(text, "en", 3);
        assertThat(result.pillar().id()).isEqualTo("market-positioning");
        assertThat(result.services()).anyMatch(s -> s.id().equals("mp-sales-training"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"espere un momentico que estoy atendiendo un cliente",
            "mañana es el mercado campesino en el parque, nos vemos alla",
            "ok thanks, I will tell my husband and write back", "sorry, I was out at the farm all day"})
    void aWriterSteppingAwayOrSayingGoodbyeIsNotAChallenge(String text) {
        // Each was answered with a market-positioning service ("cliente", "mercado", "farm") before round 27.
        assertThat(new LuceneMatcher(() -> SHIPPED).match(text, "es", 3).none()).isTrue();
    }
}
