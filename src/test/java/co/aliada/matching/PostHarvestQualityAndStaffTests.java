package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34: post-harvest quality told in everyday words ("the drying is bad", "se nos daña en el secado") is product
 * quality testing, not the market it is sold in; and sales staff whose failed sale round 33's lists lacked ("no saben
 * mostrar", "never tell", "don't ask customers", "come back with the same boxes") need sales training first. The
 * observed misses fail on the catalogue before the round; the guards pass before and after.
 */
class PostHarvestQualityAndStaffTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "our coffee loses value because the drying is bad and buyers pay less",
            "the coffee drying is bad so buyers pay less",
            "se nos daña el cafe en el secado y nos pagan menos"})
    void badDryingIsQualityNotTheMarket(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        List<String> top = result.services().stream().map(s -> s.id()).toList();
        assertThat(top.get(0)).as(text + " " + top).isIn("pd-quality-testing", "ci-process-advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nuestros asesores visitan a los tenderos pero no consiguen que hagan pedidos",
            "los muchachos de la sala de ventas del proyecto de vivienda no saben mostrar los apartamentos modelo",
            "our guides never tell tourists about the coffee we sell at the end of the tour",
            "our staff at the factory outlet don't ask customers what they are looking for",
            "the boys who sell our yogurt to the shops come back with the same boxes every week"})
    void staffWhoDoNotSellInOtherWordsNeedSalesTrainingFirst(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.services().get(0).id()).as(text).isEqualTo("mp-sales-training");
    }

    @Test
    void dryingAndStaffWithoutAProblemAreNoChallenge() {
        for (String text : new String[] {
                "el cafe ya esta secando en el patio, este año salio buena cosecha",
                "our guides took the tourists to the waterfall today, all went well",
                "mis vendedores salieron temprano para el mercado de popayan"}) {
            assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
        }
    }

    @Test
    void staffToldWithoutAFailedSaleAreNotLiftedToSalesTraining() {
        for (String text : new String[] {
                "los guias del hostal no saben primeros auxilios y me da miedo un accidente",
                "our guides never tell us when they will be late and the tourists wait",
                "los trabajadores de la finca no saben manejar la maquina nueva de secado"}) {
            MatchResult result = MATCHER.match(text, "es", 3);
            assertThat(result.none() || !result.services().get(0).id().equals("mp-sales-training")).as(text).isTrue();
        }
    }
}
