package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 39: what customers complain of in the product itself (arepas that come out too small, bottles that leak, a cap
 * that does not close) is product improvement, design or quality, not pricing or sales training; tourists who want to
 * book online when the business takes reservations by phone is digital transformation; a person to hire named as
 * "otro mesero" or "another waiter" is talent development. The news and the weather are no challenge, but a challenge
 * told after them is kept. The observed misses fail before the round; the guards pass before and after.
 */
class ProductComplaintsBookingsAndNewsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "los clientes dicen que las arepas nos estan saliendo muy pequeñas pal precio",
            "las empanadas salen muy pequeñas y la gente ya no las pide",
            "customers say the muffins taste too salty since we changed the flour"})
    void aProductTooSmallOrOfTasteIsImprovementOrQualityFirst(String text) {
        assertThat(top(text).get(0)).as(text).isIn("ci-product-service-improvement", "pd-quality-testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "people complain the yogurt bottles leak in the bag, the cap doesnt close well",
            "our customers say the lid doesnt close and the sauce spills"})
    void bottlesThatLeakArePackagingNotSales(String text) {
        assertThat(top(text).get(0)).as(text)
                .isIn("pd-design-prototyping", "ci-product-service-improvement", "pd-quality-testing");
    }

    @Test
    void toursBookedOnlyByPhoneAreDigital() {
        String text = "tourists now want to book the farm tour online and we only take reservations by phone";
        assertThat(top(text).get(0)).as(text).isIn("tm-digital-transformation", "tm-solution-implementation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "toca contratar otro mesero pa diciembre y no se como escogerlo",
            "necesitamos contratar otra mesera pal fin de semana, como la escogemos",
            "we need to hire another waiter for the holidays, how do we choose"})
    void anotherPersonToHireIsTalent(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-talent-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vieron en las noticias que subio el precio del cafe en la bolsa?",
            "como va a estar el clima mañana en popayan, va a llover?",
            "did you see the news about the coffee price today?",
            "what's the weather like tomorrow in silvia, is it going to rain tomorrow?"})
    void theNewsAndTheWeatherAreNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void aChallengeToldAfterTheNewsIsKept() {
        for (String text : new String[] {
                "salio en las noticias que sube el cafe, pero en mi tienda no vendo nada y no se como vender mas",
                "did you see the news about the coffee price? but our customers complain about the product"}) {
            assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
        }
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
