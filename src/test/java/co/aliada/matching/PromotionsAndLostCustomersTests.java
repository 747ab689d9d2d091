package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 32: a promotion to launch ("quiero lanzar una promocion para el dia de la madre") is advertising or pricing;
 * customers lost to a new shop or chain nearby ("since the new mall opened") are market positioning, not a new product;
 * staff who never suggest, greet or bring back orders ("our reps visit the shops but come back without orders") need
 * sales training; a product still to launch is a challenge even when its own words name no service; a neighbour's
 * opening, a promotion enjoyed or staff gone to lunch are not challenges. The observed misses fail on the code and catalogue before the round; the
 * guards pass before and after.
 */
class PromotionsAndLostCustomersTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "vamos a lanzar una promocion de dos por uno en los almuerzos y no se si convenga",
            "quiero lanzar una promocion para el dia de la madre en la floristeria",
            "vamos a lanzar una promo de fin de mes en la tienda de celulares",
            "quiero sacar una oferta de 3x2 en los quesos pero no se si pierdo plata",
            "how do i promote the opening discount of our hardware store"})
    void aPromotionToLaunchIsAdvertisingOrPricing(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).extracting(MatchResult.Service::id).containsAnyOf("mp-advertising", "mp-pricing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my customers stopped coming to the shop since the new mall opened",
            "la panaderia nueva de la esquina se llevo mis clientes",
            "llego una empresa grande de internet al municipio y los usuarios se nos estan pasando"})
    void customersLostToANewShopNearbyAreMarketPositioning(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).extracting(MatchResult.Service::id).containsAnyOf("mp-brand-positioning", "mp-pricing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "our reps visit the shops but come back without orders",
            "los meseros solo toman el pedido y no recomiendan nada",
            "our waiters never suggest desserts or drinks to the tables",
            "the girls at the counter never tell customers about the new products"})
    void staffWhoNeverSellNeedSalesTraining(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).extracting(MatchResult.Service::id).contains("mp-sales-training");
    }

    @Test
    void aProductStillToLaunchIsAChallengeWhenItsWordsNameNoService() {
        MatchResult result = MATCHER.match("queremos lanzar unos snacks de platano para las tiendas escolares", "es", 3);
        assertThat(result.none()).isFalse();
        assertThat(result.pillar().id()).isEqualTo("product-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my neighbour opened a new shop at the mall, we went to see it",
            "la promocion del supermercado estaba buenisima, compre de todo",
            "los muchachos de la tienda ya se fueron a almorzar, vuelvo en un rato",
            "my sister is going to launch her clothing line next month, we are so excited"})
    void newsAndSmallTalkAreNotChallenges(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void guardsKeepTheirAnswers() {
        // a relative's launch already made has no launch verb to come
        assertThat(MATCHER.match("mi primo lanzo su cancion en spotify, que orgullo", "es", 3).none()).isTrue();
        assertThat(MATCHER.match("vi que abrieron un centro comercial nuevo en popayan, que chevere", "es", 3).none()).isTrue();
        // a campaign is no product: still advertising
        assertThat(MATCHER.match("queremos lanzar una campaña en redes para la temporada de diciembre", "es", 3)
                .services()).first().extracting(MatchResult.Service::id).isIn("mp-advertising", "mp-campaign-sustainability");
        assertThat(MATCHER.match("la competencia vende mas barato y me esta quitando clientes", "es", 3)
                .services()).first().extracting(MatchResult.Service::id).isEqualTo("mp-pricing");
    }
}
