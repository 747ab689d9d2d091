package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.challenge.ChallengeFixture;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;

/**
 * While a request for an advisor is open, a new challenge, starting over or going on with the questions is refused
 * ("first close the request with /bot"): /mis_retos, the menu and the welcome back offered them all the same, and a tap
 * on "➕ Otro reto" was then refused.
 */
class CaseOpenOffersTests {

    private static final String HMW = "¿Cómo podríamos vender el café con marca propia?";

    private EscalationHarness withChallenge(String hmw) {
        EscalationHarness h = new EscalationHarness(Understanding.NOTHING, true,
                ChallengeFixture.withChallengeOf(USER, hmw).andThen(OnboardingFixture::install)).withProfiledUser(USER);
        h.send(Inbound.command(USER, "asesor"));
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
        return h;
    }

    @Test
    void myChallengesListsThemWithoutAnotherChallengeAndWithTheWayBack() {
        EscalationHarness h = withChallenge(HMW);

        List<Outbound> listed = to(USER, h.send(Inbound.command(USER, "mis_retos")));

        assertThat(listed).singleElement().satisfies(list -> {
            assertThat(list.plainText()).contains(Html.toPlain(HMW));
            assertThat(data(list)).doesNotContain("/nuevo_reto").contains("/resumen", "/bot");
        });
    }

    @Test
    void withNoChallengeYetItDoesNotAskToWriteTheFirstOne() {
        EscalationHarness h = withChallenge(null);

        List<Outbound> listed = to(USER, h.send(Inbound.command(USER, "mis_retos")));

        assertThat(listed).singleElement().satisfies(empty -> {
            assertThat(empty.text()).isEqualTo(h.texts.get("challenge.mine.empty.not-now", "es"));
            assertThat(data(empty)).containsExactly("/bot");
        });
    }

    @Test
    void theMenuOffersNoNewChallengeNorTheSelfCheckMeanwhile() {
        EscalationHarness h = withChallenge(HMW);

        List<Outbound> menu = to(USER, h.send(Inbound.command(USER, "resumen fin")));

        assertThat(menu.stream().flatMap(reply -> data(reply).stream()))
                .noneMatch(data -> data.startsWith("menu:") || data.equals("/nuevo_reto"))
                .contains("/mis_retos", "/bot");
    }

    @Test
    void theWaysOnAfterAChallengesListOfferNoNewOne() {
        EscalationHarness h = withChallenge(HMW);

        List<Outbound> thanked = to(USER, h.send(Inbound.command(USER, "util 1 1")));

        assertThat(thanked.stream().flatMap(reply -> data(reply).stream())).doesNotContain("/nuevo_reto").contains("/mis_retos", "/bot");
    }

    @Test
    void theWelcomeBackOffersTheWayBackNotTheQuestions() {
        EscalationHarness h = withChallenge(HMW);

        List<Outbound> welcome = to(USER, h.send(Inbound.command(USER, "start")));

        assertThat(welcome.stream().flatMap(reply -> data(reply).stream())).containsExactly("/bot");
        assertThat(welcome.get(0).text()).as("no \"¿seguimos o empezamos de nuevo?\"").isEqualTo(h.texts.get("start.welcome-back.not-now", "es"));
    }

    @Test
    void theSummaryWithNoChallengeYetDoesNotPointToANewOne() {
        EscalationHarness h = withChallenge(null);

        String summary = EscalationHarness.textTo(USER, h.send(Inbound.command(USER, "resumen")));

        assertThat(summary).contains(h.texts.get("summary.no-challenges.not-now", "es")).doesNotContain("/nuevo_reto");
    }

    /** A profile answer changed under /perfil is the bot's while the case is open: its question keeps its options. */
    @Test
    void aProfileQuestionAskedUnderPerfilKeepsItsOptions() {
        EscalationHarness h = withChallenge(HMW);

        List<Outbound> asked = to(USER, h.send(Inbound.button(USER, "/perfil sector")));

        assertThat(asked.stream().flatMap(reply -> data(reply).stream())).contains("sector:tourism", "sector:commerce");
    }

    @Test
    void onceTheRequestIsClosedAnotherChallengeIsOfferedAgain() {
        EscalationHarness h = withChallenge(HMW);
        h.send(Inbound.command(USER, "bot"));

        List<Outbound> listed = to(USER, h.send(Inbound.command(USER, "mis_retos")));

        assertThat(listed.stream().flatMap(reply -> data(reply).stream())).contains("/nuevo_reto").doesNotContain("/bot");
    }

    private static List<String> data(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::data).toList();
    }
}
