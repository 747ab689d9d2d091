package co.aliada.matching;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 30: a product already out told with a liking word ("no se si esta gustando", "if anyone likes them"), with
 * "started selling", "on the shelves", "been open since" or "on sale online"; tours to the paramo; someone else's
 * launch told as news. The observed misses of the round's batch and of earlier batches that the round's content now
 * answers fail on the catalogue before the round (14 of the 17 cases); the guards pass before and after: a paramo tour
 * already right, a song told as news, and texts that share a word with the new content ("abrimos otra sede",
 * "paramos de pautar", "el celular de ventas").
 */
class LikedLaunchesAndParamoToursTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "lanzamos una linea de ropa para niños hace poco y no se si esta gustando",
            "lanzamos una linea de ropa para niños en diciembre y no se si esta gustando",
            "we put our leather wallets on sale online last month and don't know if anyone likes them",
            "we started selling our cheese at the farmers market and have no idea if people like it",
            "our new hostel rooms have been open since april and we dont know if guests are happy with them",
            "we put the new bread on the shelves two weeks ago and can't tell if it is selling"})
    void aProductAlreadyOutWhoseReceptionNobodyKnowsGoesToMonitoring(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).first().extracting(MatchResult.Service::id)
                .isEqualTo("mp-performance-monitoring");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we started selling our honey in two supermarkets and dont know how its going",
            "we put our leather wallets on sale online in may and dont know how they are going"})
    void startedSellingWithAnUnknownResultOffersMonitoring(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.pillar().id()).as(text).isEqualTo("market-positioning");
        assertThat(result.services()).as(text).extracting(MatchResult.Service::id).contains("mp-performance-monitoring");
    }

    @Test
    void sellersWhoDoNotApproachAnyoneNeedSalesTraining() {
        MatchResult result = MATCHER.match("our sellers at the fair just stand there and dont approach anyone", "es", 3);
        assertThat(result.pillar().id()).isEqualTo("market-positioning");
        assertThat(result.services()).extracting(MatchResult.Service::id).contains("mp-sales-training");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "queremos ofrecer recorridos por el paramo de purace pero no sabemos como armar el plan",
            "tengo una agencia de turismo y quiero armar salidas al paramo con los campesinos",
            "nos gustaria montar caminatas al paramo, no se si a la gente le interesaria",
            "we want to design tours to the paramo for foreign visitors"})
    void toursToBeDesignedAreANewProduct(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        assertThat(result.pillar().id()).as(text).isEqualTo("product-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ya lanzaron el nuevo celular que queria, que bonito",
            "vi que abrieron un centro comercial nuevo en popayan, que chevere",
            "sacaron la cancion nueva de mi cantante favorito, me encanta"})
    void someoneElsesLaunchToldAsNewsIsNotAChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void wordsBesideTheNewContentKeepTheirOwnNeed() {
        assertThat(MATCHER.match("no se si el servidor y la red del almacen aguantan si abrimos otra sede", "es", 3)
                .pillar().id()).isEqualTo("technology-management");
        assertThat(MATCHER.match("se perdio el celular de ventas con todos los contactos de los clientes", "es", 3)
                .pillar().id()).isEqualTo("technology-management");
        assertThat(MATCHER.match("cada vez que paramos de pautar las ventas se caen", "es", 3).services())
                .extracting(MatchResult.Service::id).contains("mp-campaign-sustainability");
    }
}
