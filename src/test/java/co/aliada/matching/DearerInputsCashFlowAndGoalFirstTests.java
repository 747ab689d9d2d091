package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 42: an input that got dearer and eats the profit ("ya casi no queda ganancia", "se come la ganancia", "no
 * profit left") is prices and costs, not feasibility; English cash-flow troubles (suppliers unpaid, money that runs out
 * before the harvest) are planning; English bookings taken by call or wanted through a link are digital
 * transformation. Where a goal and a side word pull to different pillars, the goal comes first: automating the
 * inventory is automation or its software, not quality; training staff in customer service is talent development; a
 * web page to export is market entry. An outing told as news ("estuvo bacano", "it was fun") and messages that name the
 * business or its product are no challenge; fair trade stays certification, and a challenge told after "it was fun"
 * is kept. The observed misses fail before the round; the guards pass before and after.
 */
class DearerInputsCashFlowAndGoalFirstTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "el concentrado de los pollos subio otra vez y ya casi no queda ganancia",
            "el concentrado pa las truchas subio otra vez y ya casi no nos queda ganancia",
            "el abono esta carisimo y la ganancia se la come el costo",
            "the price of chicken feed keeps rising and eats our whole margin",
            "fertiliser prices went up and there is almost no profit left"})
    void aDearerInputThatEatsTheProfitIsPricing(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("mp-pricing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we sell well but we cant pay our suppliers on time",
            "we never have cash to pay the suppliers when the buyers pay late",
            "the money always runs out months before the coffee harvest",
            "we run out of cash before the harvest every year"})
    void cashFlowTroublesInEnglishArePlanning(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-strategic-planning");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tourists want a link to book the tour and we only answer calls",
            "guests call us to book and we miss half the calls at night",
            "people have to call to book a table and we miss the calls when the restaurant is full"})
    void englishBookingsByCallOrLinkAreDigital(String text) {
        assertThat(top(text).get(0)).as(text).isIn("tm-digital-transformation", "tm-solution-implementation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we want to automate our inventory because products go missing",
            "el inventario lo llevamos a mano y se pierden cosas, quiero automatizarlo"})
    void automatingTheInventoryIsAutomationOrItsSoftware(String text) {
        assertThat(top(text).get(0)).as(text).isIn("ci-process-automation", "tm-solution-implementation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "necesito capacitar a mis empleados en servicio al cliente",
            "necesito capacitar a los meseros en atencion al cliente",
            "we need to train our staff in customer service"})
    void staffTrainedInCustomerServiceIsTalent(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-talent-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "quiero una pagina web para exportar el cafe especial de la finca",
            "quiero una pagina web para poder exportar mis artesanias",
            "we want a website to start exporting our coffee"})
    void aWebPageToExportIsMarketEntry(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("mp-market-entry");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "fuimos a la feria del cafe en popayan el sabado, estuvo muy bacano",
            "nos fue muy bien en la feria de la panela, estuvo chevere",
            "we went to the farmers fair in timbio yesterday, it was fun",
            "just got back from the coffee fair in popayan, it was fun",
            "the coffee fair was fun, we met lots of people"})
    void anOutingToldAsNewsIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "muchas gracias por lo del queso, muy amables",
            "thanks for the help with the cheese!",
            "cuanto me cobran ustedes por la asesoria de la panaderia?",
            "how much does it cost to use this for my bakery?",
            "buenas tardes, le escribe doña marta de lacteos el ordeño",
            "my son set this up for me, nice"})
    void messagesThatNameTheBusinessAreNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we want to get the fair trade certification for our panela",
            "we want to get fair trade certified",
            "what do we need for the fair trade seal for our cacao"})
    void fairTradeStaysCertification(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("pd-certification");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "estuvo bacano la feria pero el problema es que no sabemos vender por internet",
            "the fair was fun but nobody knows our brand and we sold almost nothing"})
    void aChallengeToldAfterItWasFunIsKept(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
    }

    @Test
    void payingByCardStaysDigital() {
        String text = "customers want to pay by card and we only take cash";
        assertThat(top(text).get(0)).as(text).isEqualTo("tm-digital-transformation");
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
