package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 31: a product still to make and launch ("queremos sacar una app para pedir domicilios en timbio", "we are
 * planning to launch a software for schools") is new-product planning, feasibility or market research, not the
 * management of a technology project or a channel the product's words name; a launch that is no product (a campaign, a
 * radio spot, a promotion, an online shop, a seal) keeps its own need; a relative's news told with "happy for him" is
 * not a challenge. The observed misses fail on the code and catalogue before the round; the guards pass before and
 * after.
 */
class PlannedLaunchTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "we are planning to launch a mobile app for tourists visiting popayan",
            "queremos sacar una app para pedir domicilios en timbio",
            "queremos lanzar un software de facturacion para las tiendas de barrio",
            "pensamos lanzar una plataforma para que los campesinos vendan directo",
            "we are going to launch an online course for bakers",
            "queremos lanzar un servicio de lavanderia a domicilio en santander de quilichao",
            "vamos a lanzar un sistema para agendar citas en las peluquerias",
            "estamos por sacar una cerveza de maracuya al mercado",
            "we are planning to launch a software for schools",
            "queremos lanzar una aplicacion para los colegios del cauca",
            "we are planning to launch a software for cooperatives and dont know if it is viable",
            "queremos lanzar un software para llevar las citas de los consultorios",
            "queremos sacar una panela pulverizada para vender en supermercados",
            "queremos sacar una mermelada de lulo pero no sabemos si hay quien la compre"})
    void aProductStillToLaunchIsPlannedFirst(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("product-development");
        assertThat(result.services()).as(text).first().extracting(MatchResult.Service::id)
                .isIn("pd-npd-planning", "pd-feasibility", "pd-market-research");
    }

    @Test
    void aRelativesLaunchToldAsNewsIsNotAChallenge() {
        assertThat(MATCHER.match("my brother launched his youtube channel today, so happy for him", "es", 3).none()).isTrue();
        assertThat(MATCHER.match("mi hermana abrio su peluqueria hoy, estoy feliz por ella", "es", 3).none()).isTrue();
    }

    @Test
    void aLaunchThatIsNoProductKeepsItsOwnNeed() {
        assertThat(MATCHER.match("queremos lanzar una campaña en redes para la temporada de diciembre", "es", 3)
                .pillar().id()).isEqualTo("market-positioning");
        assertThat(MATCHER.match("quiero sacar una cuña en la emisora del pueblo pero no se q decir ni cuanto vale", "es", 3)
                .services()).first().extracting(MatchResult.Service::id).isEqualTo("mp-advertising");
        assertThat(MATCHER.match("vamos a lanzar la tienda online pero no sabemos como hacer los envios", "es", 3)
                .services()).extracting(MatchResult.Service::id).contains("mp-distribution-channels");
        assertThat(MATCHER.match("quiero sacar el sello organico pal cafe pero eso es un enredo", "es", 3)
                .services()).extracting(MatchResult.Service::id).contains("pd-certification");
        assertThat(MATCHER.match("we want to launch a cacao drink but need lab tests before selling it", "es", 3)
                .services()).extracting(MatchResult.Service::id).containsAnyOf("pd-quality-testing", "pd-certification");
    }

    @Test
    void aLaunchedProductWhoseResultIsUnknownStillGoesToMonitoring() {
        MatchResult result = MATCHER.match("sacamos el yogur de mora hace 4 meses y no sabemos si se esta vendiendo", "es", 3);
        assertThat(result.services()).first().extracting(MatchResult.Service::id).isEqualTo("mp-performance-monitoring");
    }
}
