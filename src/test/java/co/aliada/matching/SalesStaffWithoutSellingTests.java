package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33: sales staff who do not sell, told without a selling word ("los muchachos de la tienda no saben ofrecer los
 * productos", "my staff at the stall just wait for customers to come"), need sales training first: a staff word and,
 * after it in the same sentence, what they fail to do with a customer ({@code sales-staff.yml}). Staff on holiday or at
 * lunch are no challenge. The observed misses fail on the code and catalogue before the round; the guards pass before
 * and after.
 */
class SalesStaffWithoutSellingTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "los asesores comerciales no saben cerrar",
            "my staff at the stall just wait for customers to come",
            "los muchachos de la tienda no saben ofrecer los productos",
            "las chicas de la caja no le ofrecen nada mas a los clientes",
            "las muchachas del almacen de ropa no saludan a la gente",
            "our drivers deliver but never take new orders from the shops",
            "mis empleados de la drogueria solo despachan lo que les piden, no ofrecen nada mas",
            "the waiters at the hostel just wait for the guests to ask for something",
            "los asesores comerciales no logran cerrar negocios con los hoteles"})
    void salesStaffWhoDoNotSellNeedSalesTrainingFirst(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.services().get(0).id()).as(text).isEqualTo("mp-sales-training");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "los muchachos de la tienda estan de vacaciones hasta el lunes",
            "the waiters went out for lunch, i will write later",
            "our staff are on holiday this week, back on monday"})
    void staffAwayAreNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void staffToldWithoutAFailedSaleAreNotLiftedToSalesTraining() {
        for (String text : new String[] {
                "necesito contratar un vendedor para la tienda pero no se como escogerlo",
                "los guias del hostal no saben primeros auxilios y me da miedo un accidente",
                "se nos van los clientez xq los meseros no saben atender",
                "los muchachos de la tienda ya se fueron a almorzar, vuelvo en un rato"}) {
            MatchResult result = MATCHER.match(text, "es", 3);
            assertThat(result.none() || !result.services().get(0).id().equals("mp-sales-training")).as(text).isTrue();
        }
    }
}
