package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 41: a product that comes out smaller told with a diminutive ("mas chiquitos que antes") is product
 * improvement, not post-launch support; bookings taken only by call, wanted from the phone or through a link, are
 * digital transformation; what loses its shape ("se deforman con la lluvia", "lose their shape") and cheese that
 * goes slimy ("se pone baboso", "goes slimy") are quality; no cash to pay the suppliers is planning. An assembly or a
 * party announced, and a short "va a estar bueno" after small talk, are no challenge; a challenge told after them is
 * kept. The observed misses fail before the round; the guards pass before and after.
 */
class ChiquitosCallBookingsShapeAndMeetingsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "los clientes reclaman que los pandeyucas estan mas chiquitos que antes",
            "los clientes se quejan de que las porciones de la bandeja son mas chiquitas que antes",
            "la gente dice que las empanadas estan mas chiquitas que antes"})
    void aProductSmallerToldWithADiminutiveIsImprovementFirst(String text) {
        assertThat(top(text).get(0)).as(text).isIn("ci-product-service-improvement", "pd-quality-testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en el glamping todo es por llamada y los turistas quieren reservar solitos desde el celular",
            "los clientes quieren reservar por el celular y nosotros todo lo hacemos por llamada",
            "la gente quiere reservar la habitacion desde el celular y aca todo es por llamada",
            "guests keep asking for a link to book the cabins and we only take calls",
            "people book by calling us and we lose bookings at night"})
    void bookingsTakenOnlyByCallAreDigital(String text) {
        assertThat(top(text).get(0)).as(text).isIn("tm-digital-transformation", "tm-solution-implementation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "las mochilas de fique se deforman cuando se mojan y los clientes las devuelven",
            "los sombreros de paja se deforman con la lluvia y los turistas reclaman",
            "los sombreros se deforman con el calor del carro",
            "the straw hats lose their shape in the rain and tourists complain"})
    void whatLosesItsShapeIsQuality(String text) {
        assertThat(top(text).get(0)).as(text).isIn("pd-quality-testing", "ci-product-service-improvement");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "el quesillo se nos pone baboso a los dos dias y las tiendas ya no lo reciben",
            "el queso campesino se pone viscoso en la nevera de la tienda",
            "the fresh cheese goes slimy after two days"})
    void cheeseThatGoesSlimyIsQuality(String text) {
        assertThat(top(text).get(0)).as(text)
                .isIn("pd-quality-testing", "ci-product-service-improvement", "ci-process-advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vendemos bien pero nunca hay plata en caja pa pagarle a los proveedores a tiempo",
            "no alcanza pa pagarle a los proveedores aunque vendemos harto"})
    void noCashToPayTheSuppliersIsPlanning(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-strategic-planning");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mañana hay asamblea de la cooperativa, alla nos vemos",
            "el sabado hay asamblea de socios, nos vemos alla",
            "we had the harvest party with the cooperative yesterday, it was great",
            "the harvest party is on saturday, see you there",
            "oiga, escucho en la radio lo del festival en popayan? va a estar bueno",
            "vamos a ir al festival del pueblo. va a estar buenisimo"})
    void anAssemblyAPartyAndAShortRemarkAreNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void aChallengeToldAfterSeeYouThereIsKept() {
        String text = "alla nos vemos en la feria pero el problema es que no sabemos vender por internet";
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
    }

    @Test
    void anAssemblyThatCannotAgreeIsStillPlanning() {
        String text = "en la asamblea de la cooperativa nadie se pone de acuerdo para donde vamos";
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-strategic-planning");
    }

    @Test
    void aNatureReserveIsNoBooking() {
        String text = "los turistas que vienen a la reserva no recomiendan el sitio, no se q les falta";
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-product-service-improvement");
    }

    @Test
    void aSmallBusinessToldWithADiminutiveKeepsItsNeed() {
        String text = "mi negocio es chiquito pero quiero vender por internet";
        assertThat(top(text).get(0)).as(text).isEqualTo("tm-digital-transformation");
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
