package co.aliada.matching;

import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 37: a person still to hire, told beside the skill the person must have ("quiero contratar una persona que me
 * lleve la contabilidad", "we need to hire someone who knows marketing"), is developing people, not the skill's own
 * service ({@code hiring.yml}); someone hired for a one-off job, or already hired, is not lifted. Produce bruised on
 * the way to market is product quality, not distribution or pricing; a relative hired elsewhere, a new cook who starts
 * on monday and a job search are no challenge. The observed misses fail before the round; the guards pass before and
 * after.
 */
class HiringBesideASkillAndBruisedProduceTests {

    private static final CatalogIndex SHIPPED = CatalogIndex.load(TestContent.CATALOG);
    private static final Matcher MATCHER = new LuceneMatcher(() -> SHIPPED);

    @ParameterizedTest
    @ValueSource(strings = {
            "quiero contratar una persona que me lleve la contabilidad del negocio, como se cual es buena",
            "necesitamos contratar una persona que maneje las redes sociales pero no sabemos que perfil buscar",
            "necesito contratar un vendedor para la tienda pero no se como escogerlo",
            "queremos contratar a alguien que maneje el instagram del restaurante, como sabemos si es bueno",
            "necesitamos contratar un tecnico que sepa de computadores pa la drogueria, como lo escogemos",
            "we need to hire someone who knows marketing for our coffee brand, how do we pick the right one",
            "we want to hire a salesperson for the hardware store but have no idea how to choose"})
    void aPersonToHireBesideASkillIsTalentDevelopmentFirst(String text) {
        assertThat(top(text).get(0)).as(text).isEqualTo("ci-talent-development");
    }

    @Test
    void someoneHiredForAOneOffJobOrAlreadyHiredIsStillAProject() {
        for (String text : new String[] {
                "necesitamos contratar a alguien que haga la aplicacion",
                "we need to hire someone to build an app for deliveries",
                "contratamos a un programador para una app y no entrega, el proyecto va atrasado",
                "we hired a developer to build our booking app and it is three months late"}) {
            assertThat(top(text).get(0)).as(text).isEqualTo("tm-project-management");
        }
    }

    @Test
    void aHiredSalesmanWhoCannotCloseStillNeedsSalesTraining() {
        String text = "we hired a new salesman and he has no idea how to close a deal";
        assertThat(top(text).get(0)).as(text).isEqualTo("mp-sales-training");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "los platanos se maltratan en el camion y llegan negros a la plaza",
            "our avocados get bruised on the road to cali and the buyers reject half of them",
            "our avocados get bruised on the road so the market pays half for them",
            "los platanos se nos maduran de mas en el camion y en la plaza toca venderlos a mitad de precio",
            "el lulo llega aporreado a la plaza y nos lo pagan a como quieran"})
    void produceBruisedOnTheWayIsQualityFirst(String text) {
        assertThat(top(text).get(0)).as(text).isIn("pd-quality-testing", "ci-process-advice");
    }

    @Test
    void produceThatNeverReachesTheBuyerStaysDistribution() {
        String text = "no tenemos camion para llevar los platanos a la plaza de popayan";
        assertThat(top(text).get(0)).as(text).isNotIn("pd-quality-testing", "ci-talent-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a mi sobrino lo contrataron en una empresa de cali, estamos muy contentos",
            "ya contrate al cocinero nuevo, empieza el lunes",
            "we finally hired a new cook, she starts on monday",
            "is anybody hiring in popayan? i need a job"})
    void aRelativeHiredANewCookOrAJobSearchIsNoChallenge(String text) {
        assertThat(MATCHER.match(text, "es", 3).none()).as(text).isTrue();
    }

    @Test
    void aChallengeBesideTheNewsOfAHireIsKept() {
        for (String text : new String[] {
                "ya contratamos al ingeniero pero la aplicacion sigue sin funcionar y los clientes se quejan",
                "we finally hired a baker but he doesnt know how to use the new oven"}) {
            assertThat(MATCHER.match(text, "es", 3).none()).as(text).isFalse();
        }
    }

    private static List<String> top(String text) {
        MatchResult result = MATCHER.match(text, "es", 3);
        assertThat(result.none()).as(text).isFalse();
        return result.services().stream().map(MatchResult.Service::id).toList();
    }
}
