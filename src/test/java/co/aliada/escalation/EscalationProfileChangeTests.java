package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;

/**
 * /perfil while a request for an advisor is open: the command works, the answer to the question it asks is the bot's (it
 * went to the advisor as a message, and the profile stayed as it was), and the consultants hear of the change.
 */
class EscalationProfileChangeTests {

    private final EscalationHarness h = new EscalationHarness(Understanding.NOTHING, true, OnboardingFixture::install)
            .withProfiledUser(USER);

    @Test
    void anAnswerChangedDuringACaseIsTheBotsAndTheConsultantsHearOfIt() {
        h.openCaseWithMaria(USER);

        List<Outbound> overview = h.send(Inbound.command(USER, "perfil"));
        assertThat(textTo(USER, overview)).contains("Su perfil", "Popayán");
        h.send(Inbound.button(USER, "/perfil municipality"));

        List<Outbound> replies = h.send(Inbound.text(USER, "timbio"));

        assertThat(textTo(USER, replies)).contains("Listo, su municipio ahora es Timbío");
        assertThat(h.store.state(USER).get("profile.municipality")).isEqualTo("Timbío");
        assertThat(textTo(GROUP, replies)).as("told as a change, not relayed as a message")
                .contains("#caso-1", "corrigió su perfil", "Timbío", "Agroindustria", "1 a 10")
                .doesNotContain("💬");
        assertThat(h.parts.cases().activeOf(USER)).as("the case stays open").isPresent();
        assertThat(h.store.state(USER).data()).doesNotContainKey("case.profile-before");

        List<Outbound> next = h.send(Inbound.text(USER, "gracias, ¿y ahora qué sigue?"));
        assertThat(textTo(GROUP, next)).as("back at the menu, words go to the advisor again").contains("💬", "ahora qué sigue");
    }

    @Test
    void aTapOnTheChangedAnswersButtonsIsTheBotsAndCancelKeepsTheCaseOpen() {
        h.send(Inbound.command(USER, "asesor"));
        h.send(Inbound.button(USER, "/perfil sector"));

        List<Outbound> kept = h.send(Inbound.text(USER, "cancelar"));
        assertThat(textTo(USER, kept)).contains("lo dejé como estaba");
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
        assertThat(to(GROUP, kept)).as("nothing changed, nothing told").isEmpty();

        h.send(Inbound.button(USER, "/perfil sector"));
        List<Outbound> changed = h.send(Inbound.button(USER, "sector:tourism"));
        assertThat(h.store.state(USER).get("profile.sector")).isEqualTo("tourism");
        assertThat(textTo(GROUP, changed)).contains("corrigió su perfil", "Turismo");
    }

    /** Before, the card read "Otro" and nothing of what the business does. */
    @Test
    void theCardShowsWhatABusinessOfOtherDoes() {
        h.store.put(new ChatState(USER, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of(
                "profile.sector", "other", "profile.activity", "venta de repuestos <motos>", "profile.size", "micro")));

        Outbound card = to(GROUP, h.send(Inbound.command(USER, "asesor"))).get(0);

        assertThat(card.text()).contains("Otro: venta de repuestos &lt;motos&gt;");
    }
}
