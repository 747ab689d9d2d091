package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 38: produce damaged on the way to market, told beside the truck, the road or the crates ("el tomate llega
 * estripado por los huecos de la carretera", "the bananas get bruised in the back of the truck"), is handling and
 * quality, not distribution or market entry ({@code handling.yml}); a truck the farm lacks or one that breaks down is
 * not lifted. A hire told as news, a truck gone and an invoice received are no challenge. The observed misses fail
 * before the round; the guards pass before and after.
 */
class DamagedOnTheWayAndHireNewsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "el tomate llega estripado al mercado de popayan por los huecos de la carretera",
            "las moras se estripan en las canastas cuando las bajamos de la vereda",
            "el aguacate llega golpeado a bogota y nos lo rechazan",
            "the bananas get bruised in the back of the truck before they reach the market",
            "tengo un cultivo de lulo en el tambo hace 6 años, la mitad de la cosecha se pierde xq llega golpiada al mercado",
            "el tomate se estripa en el camion cuando lo llevamos a la galeria de popayan",
            "la fresa llega golpiada a cali por tanto brinco en la carretera",
            "el lulo se machuca en la chiva y llega feo al mercado",
            "the tomatoes get crushed in the crates on the bumpy road to popayan"})
    void produceDamagedOnTheWayIsQualityOrHandlingFirst(String text) {
        assertThat(top(text).get(0)).as(text).isIn("pd-quality-testing", "ci-process-advice");
    }

    @Test
    void aTruckTheFarmLacksOrOneThatBreaksDownIsNotLifted() {
        for (String text : new String[] {
                "no tenemos camion para llevar los platanos a la plaza de popayan",
                "we have no truck to take our plantains to the market in popayan"}) {
            assertThat(top(text).get(0)).as(text).isNotIn("pd-quality-testing", "ci-process-advice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we just hired my cousin for the summer, he is a good kid",
            "we just hired a new waitress for december, she seems nice",
            "acabamos de contratar a mi primo pa la temporada, es buen muchacho",
            "el camion ya salio con los tomates, llega como a las 3",
            "ya me llego la factura electronica del proveedor, gracias",
            "the tourists from the bus loved the coffee tour today"})
    void aHireToldAsNewsATruckGoneOrAnInvoiceReceivedIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void aChallengeBesideTheNewsOfAHireIsKept() {
        for (String text : new String[] {
                "we just hired a baker but he doesnt know how to use the new oven",
                "acabamos de contratar a la muchacha pero no sabe manejar el programa de facturacion"}) {
            assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
        }
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
