package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 36: a quality loss told beside a price cut in other words ("y en la cooperativa nos descuentan", "toca
 * venderlas a mitad de precio") is product quality; cashiers and market-stall sellers who let people go need sales
 * training; a person to hire for a skill ("contratar a alguien que sepa manejar las redes") is developing people, not
 * the skill's own service; small talk about a parade, a match or the smell of the bakery is no challenge. The observed
 * misses fail on the catalogue before the round; the guards pass before and after.
 */
class DiscountsCashiersAndSkillHiringTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "el cafe nos sale con broca y en la cooperativa nos descuentan en el precio",
            "las arepas se ponen duras al otro dia y toca venderlas a mitad de precio",
            "la mora llega maltratada a popayan y el comprador nos descuenta casi la mitad",
            "el cafe sale pasilla por la broca y en la cooperativa nos lo pagan como de segunda",
            "los compradores nos descuentan porque el grano llega humedo"})
    void aQualityLossBesideADiscountIsQuality(String text) {
        List<String> top = top(text);
        assertThat(top.get(0)).as(text + " " + top).isIn("pd-quality-testing", "ci-process-advice");
    }

    @Test
    void aDiscountToldWithoutAQualityLossStaysPricing() {
        for (String text : new String[] {
                "en la cooperativa nos descuentan mucho y no se como negociar el precio",
                "toca venderlos a mitad de precio porque la competencia vende mas barato"}) {
            assertThat(top(text).get(0)).as(text).isEqualTo("mp-pricing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "los cajeros del minimercado nunca le dicen a la gente de las promociones",
            "las cajeras del almacen solo cobran y no ofrecen la tarjeta de puntos",
            "our cashiers never mention the promotions, customers find out when they've already paid",
            "los chicos del puesto de la feria ven pasar a la gente y no le dicen nada",
            "the guys at our market stall just let people walk past without saying a word",
            "the sellers at the market stall let people walk away without offering a taste of the cheese"})
    void cashiersAndStallSellersWhoLetPeopleGoNeedSalesTrainingFirst(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("mp-sales-training");
    }

    @Test
    void cashiersWhoFailAtSomethingElseAreNotLifted() {
        for (String text : new String[] {
                "los cajeros del supermercado llegan tarde todos los dias",
                "our cashiers keep making mistakes with the change"}) {
            assertThat(top(text).get(0)).as(text).isNotEqualTo("mp-sales-training");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "necesitamos contratar a alguien que sepa manejar la pagina y las redes pero no sabemos como escogerlo",
            "we need to hire a person who can handle our social media but have no idea how to pick one"})
    void aPersonToHireForASkillIsTalentDevelopment(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-talent-development");
    }

    @Test
    void someoneHiredToBuildTheAppIsStillAProject() {
        for (String text : new String[] {
                "necesitamos contratar a alguien que haga la aplicacion",
                "we need to hire someone to build an app for deliveries"}) {
            assertThat(top(text).get(0)).as(text).isEqualTo("tm-project-management");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hoy no abrimos porque los muchachos se fueron al desfile del pueblo",
            "the bakery smells great this morning, first batch of bread is out",
            "the kitchen smells amazing today, my mom is making tamales",
            "anoche gano el equipo del pueblo, los muchachos estan felices"})
    void aParadeAMatchOrTheSmellOfTheBakeryIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void aChallengeBesideTheSmallTalkIsKept() {
        for (String text : new String[] {
                "la panaderia huele muy rico pero la gente no entra a comprar",
                "the kitchen smells amazing but nobody comes in after lunch"}) {
            assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
        }
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
