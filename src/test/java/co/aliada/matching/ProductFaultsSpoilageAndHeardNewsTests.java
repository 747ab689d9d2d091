package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 40: what customers complain of in the product itself, told after "se quejan de que" or "la gente dice que"
 * (greasy, smaller than before), is product improvement or quality, not post-launch support; a product that spoils
 * told in other words ("se pone agrio", "se fermenta", "spoils in a few days") is quality; bottles that leak in the
 * delivery bags are the packaging, not a sales channel; what fades in the wash ("se destiñen cuando las lavan") is
 * quality; handmade work too slow for the orders is a process. The radio and the news heard, and a photo sent, are no
 * challenge, but a challenge told after them is kept. The observed misses fail before the round; the guards pass
 * before and after.
 */
class ProductFaultsSpoilageAndHeardNewsTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "los clientes se quejan de que las empanadas salen muy grasosas",
            "los clientes se quejan de que los buñuelos quedan muy aceitosos",
            "la gente dice que las tortas estan mas pequeñas que antes",
            "customers complain that our arepas come out smaller than before",
            "people say our cheese bread is smaller than before"})
    void aFaultOfTheProductToldAsAComplaintIsImprovementFirst(String text) {
        assertThat(top(text).get(0)).as(text).isIn("ci-product-service-improvement", "pd-quality-testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "el guarapo que vendemos se pone agrio al otro dia y nos lo devuelven",
            "la chicha que hacemos se pone agria en dos dias",
            "el yogur casero se fermenta antes de la fecha y los tenderos no lo quieren recibir",
            "our yogurt spoils in a few days and the shops send it back"})
    void aProductThatSpoilsToldInOtherWordsIsQuality(String text) {
        assertThat(top(text).get(0)).as(text)
                .isIn("pd-quality-testing", "ci-product-service-improvement", "ci-process-advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the juice bottles leak in the delivery bags and the customers get everything wet",
            "the juice bottles leak in the delivery bags"})
    void bottlesThatLeakInTheDeliveryBagsArePackagingNotDistribution(String text) {
        assertThat(top(text).get(0)).as(text)
                .isIn("pd-design-prototyping", "ci-product-service-improvement", "pd-quality-testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "las mochilas que tejemos se destiñen cuando las lavan y los clientes reclaman",
            "las ruanas se destiñen al lavarlas"})
    void whatFadesInTheWashIsQuality(String text) {
        assertThat(top(text).get(0)).as(text).isIn("pd-quality-testing", "ci-product-service-improvement");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "our handmade baskets take too long to weave and we cant fill big orders from bogota",
            "the baskets take too long to weave and the orders from bogota are piling up"})
    void handmadeWorkTooSlowForTheOrdersIsAProcess(String text) {
        assertThat(top(text).get(0)).as(text).isIn("ci-process-advice", "ci-process-automation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "oi en la radio que van a cerrar la via panamericana el fin de semana",
            "escuche en la radio que el dolar subio otra vez",
            "en el noticiero dijeron que este año va a llover mucho en el cauca",
            "heard on the radio that coffee prices went up again, crazy",
            "les mando foto de los cafes que empacamos hoy, gracias por todo",
            "le envio la foto del pedido que llego hoy",
            "sending a photo of the new sign of the shop, thank you so much!"})
    void theRadioTheNewsAndAPhotoSentAreNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "les mando foto del queso pero le sale moho a los dos dias",
            "escuche en la radio del paro pero no se como sacar la cosecha al mercado",
            "sending you a photo of the label but customers say the cheese spoils in a few days",
            "we want to advertise on the radio but dont know what it costs"})
    void aChallengeToldAfterThemOrAboutTheRadioIsKept(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
    }

    @Test
    void ovensSwitchedOffAreNoSpoilage() {
        String text = "the bakery ovens are switched on and off by hand and we burn a lot of bread";
        assertThat(top(text).get(0)).as(text).isIn("ci-process-automation", "ci-process-advice");
    }

    @Test
    void aDeliveryServiceWantedIsStillDistribution() {
        String text = "we need a delivery service to reach customers in other towns";
        assertThat(top(text).get(0)).as(text).isEqualTo("mp-distribution-channels");
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
