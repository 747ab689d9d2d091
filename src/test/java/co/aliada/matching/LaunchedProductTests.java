package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 29: a product already out whose progress nobody knows is a need of monitoring, whatever the product is. The
 * first test holds the observed misses of rounds 27 to 29's batches that {@code launched.yml} and {@link LaunchClause}
 * now answer: all 19 fail on the code and catalogue before the round (each went to new-product planning, feasibility,
 * solution implementation or strategic planning, by the product's words), and so does the batch's message of a writer
 * unsure to be online tomorrow: 20 of 29 fail before. The guards (a product still to make, a launch word in a message
 * that is not a challenge, "salio" of how something turned out) pass before and after.
 */
class LaunchedProductTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "sacamos el producto nuevo el mes pasado y no sabemos como va",
            "sacamos el yogur de mora hace 4 meses y nadie sabe cuanto se ha vendido",
            "we launched our new coffee bags in june and have no idea how they are selling",
            "we released the app for the shops last year but we dont track if people use it",
            "lanzamos el queso campesino en tajadas en marzo y ni idea como le va",
            "ya salio la panela pulverizada a las tiendas de popayan pero no se si la gente la compra",
            "el mes pasado lanzamos la app de domicilios para el pueblo y no sabemos cuanta gente la usa",
            "sacamos el plan de internet para las veredas y no tenemos como saber si esta funcionando",
            "sacamos el paquete de tour a tierradentro con transporte incluido y no se si esta funcionando",
            "sacamos los muebles en guadua al almacen y no se como les esta yendo",
            "ya lanzamos la miel en frasco pequeño, pero no llevamos la cuenta de cuanto sale",
            "el nuevo menu del restaurante salio en enero y no sabemos si a los clientes les gusto",
            "sacamos el cafe en capsulas y no tengo idea si se esta moviendo en los supermercados",
            "we launched a line of plantain chips last spring and have no idea how they are doing",
            "we released our inventory app for small shops and dont know if customers like it",
            "we launched the precast concrete slabs six months ago and dont know whether they sell",
            "the new flavour of our yogurt is already in the stores but we have no idea if people buy it again",
            "we launched a new tour in march and have no numbers on how it is doing",
            "sacamos una salsa de aji nueva hace tres meses y no tengo idea si se esta moviendo en las tiendas"})
    void aLaunchedProductWhoseProgressNobodyKnowsGoesToMonitoring(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.pillar()).as(text).isNotNull();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).first().extracting(MatchResult.Service::id)
                .isEqualTo("mp-performance-monitoring");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vamos a lanzar un cafe con cardamomo y no sabemos como planear el producto",
            "queremos sacar una mermelada de uchuva pero no se si es buena idea",
            "estoy pensando en sacar un nuevo tour de cascadas y no se por donde empezar",
            "we want to release a new kind of brick next year but need a plan for the product"})
    void aProductStillToMakeStaysWithProductDevelopment(String text) {
        assertThat(MATCHER.match(text, "es", 3).pillar().id()).as(text).isEqualTo("product-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "me and my sister opened a bakery two years ago, we want to make bread without gluten but we dont know if the people here would buy it",
            "lanzamos la salsa de aji el año pasado y ahora queremos sacar una de mango pero no sabemos si se venderia"})
    void anEarlierLaunchBesideAProductStillToMakeLiftsNothing(String text) {
        // The new product is what is asked about ("we want to make", "queremos sacar"): monitoring the old one is not.
        assertThat(MATCHER.match(text, "es", 3).services()).as(text).first().extracting(MatchResult.Service::id)
                .isNotEqualTo("mp-performance-monitoring");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ya salio el bus para popayan, luego le escribo", "we launched the boat this morning, what a day"})
    void aLaunchWordNeverMakesAMessageAChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no se si mañana pueda conectarme, ni idea si habra señal"})
    void aWriterUnsureToBeOnlineTomorrowIsNoChallenge(String text) {
        // Answered with infrastructure assessment ("señal") before the round; not-challenges.yml now names the writer's
        // own connection ("pueda conectarme") among personal matters.
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a unos clientes les salio el queso con hongos y no sabemos en q parte del proceso se daña"})
    void howSomethingTurnedOutIsNoLaunch(String text) {
        assertThat(MATCHER.match(text, "es", 3).services()).extracting(MatchResult.Service::id)
                .doesNotContain("mp-performance-monitoring").containsAnyOf("pd-quality-testing", "ci-process-advice");
    }
}
