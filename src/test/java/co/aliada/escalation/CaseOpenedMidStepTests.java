package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person asks for someone in the middle of a question: the confirmation that the case opened carried that question's
 * buttons, and a tap on them went to the advisor as a message while the question seemed still open.
 */
class CaseOpenedMidStepTests {

    private final EscalationHarness h = new EscalationHarness(Understanding.NOTHING, true, OnboardingFixture::install);

    @BeforeEach
    void atTheSizeQuestion() {
        h.send(Inbound.command(USER, "start"));
        h.send(Inbound.button(USER, "consent:yes"));
        h.send(Inbound.button(USER, "sector:commerce"));
        assertThat(h.store.state(USER).step()).isEqualTo("profile.size");
    }

    @Test
    void theConfirmationCarriesOnlyTheWayBackNotTheInterruptedQuestionsButtons() {
        List<Outbound> told = to(USER, h.send(Inbound.command(USER, "asesor")));

        assertThat(told).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.plainText()).contains("le paso con una persona");
            assertThat(data(confirmation)).containsExactly("/bot");
            assertThat(confirmation.buttons().get(0).get(0).label())
                    .isEqualTo(h.texts.get("escalation.button.back-to-bot", "es"));
        });
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void theSameWhenTheCaseWasAlreadyOpen() {
        h.send(Inbound.command(USER, "asesor"));

        List<Outbound> told = to(USER, h.send(Inbound.command(USER, "asesor")));

        assertThat(told).singleElement().satisfies(again -> {
            assertThat(again.plainText()).isEqualTo(Html.toPlain(h.texts.get("escalation.already-open", "es",
                    "hours", "de lunes a viernes, de 08:00 a 17:00, hora de Colombia")));
            assertThat(data(again)).containsExactly("/bot");
        });
    }

    @Test
    void theWayBackClosesTheCaseAndAsksTheInterruptedQuestionAgain() {
        h.send(Inbound.command(USER, "asesor"));

        List<Outbound> replies = h.send(Inbound.button(USER, "/bot"));

        assertThat(textTo(USER, replies)).contains(h.texts.get("escalation.user.back-to-bot", "es"),
                Html.toPlain(h.texts.get("profile.size.question", "es")));
        assertThat(to(USER, replies).stream().flatMap(o -> data(o).stream())).contains("size:micro", "size:small");
        assertThat(textTo(GROUP, replies)).contains("volvió al bot");
        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
    }

    private static List<String> data(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::data).toList();
    }
}
