package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationSecurityTests {

    private static final String OUTSIDER = "tg:99";
    private final EscalationHarness h = new EscalationHarness().withProfiledUser(USER).withProfiledUser(OUTSIDER);

    @BeforeEach
    void openACase() {
        h.send(Inbound.command(USER, "asesor"));
    }

    @Test
    void aTakeButtonPressedOutsideTheConsultantsChatDoesNothing() {
        List<Outbound> replies = h.send(new Inbound(OUTSIDER, "99", "Mallory", "es", Inbound.Kind.BUTTON, "case:take:1", null, null));

        assertThat(to(USER, replies)).isEmpty();
        assertThat(to(GROUP, replies)).isEmpty();
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.OPEN);
    }

    @Test
    void theUserCannotCloseTheirOwnCaseWithAForgedButton() {
        List<Outbound> replies = h.send(Inbound.button(USER, "case:close:1"));

        assertThat(replies).as("nothing at all, not even the step asked again").isEmpty();
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.OPEN);
    }

    @Test
    void anOutsidersReplyToTheCardNeverReachesTheUser() {
        List<Outbound> replies = h.send(Inbound.text(OUTSIDER, "hola").withReplyTo("🆘 Nuevo caso #caso-1"));

        assertThat(to(USER, replies)).isEmpty();
        assertThat(h.jdbc.queryForObject("select count(*) from escalation_case_message", Integer.class)).isZero();
    }

    @Test
    void aForgedCallbackForAnUnknownCaseChangesNothing() {
        List<Outbound> replies = h.consultant(Inbound.Kind.BUTTON, "case:take:999", null);
        List<Outbound> garbage = h.consultant(Inbound.Kind.BUTTON, "case:take:1;drop", null);

        assertThat(to(USER, replies)).isEmpty();
        assertThat(textTo(GROUP, replies)).contains("#caso-999 no existe o ya está cerrado");
        assertThat(garbage).isEmpty();
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.OPEN);
    }

    @Test
    void aStaleCallbackOnAClosedCaseChangesNothing() {
        h.consultant(Inbound.Kind.BUTTON, "case:end:1:duplicate", null);

        List<Outbound> take = h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);
        List<Outbound> reply = h.consultant(Inbound.Kind.TEXT, "¿sigue ahí?", "#caso-1");

        assertThat(to(USER, take)).isEmpty();
        assertThat(to(USER, reply)).isEmpty();
        assertThat(h.parts.cases().find(1).orElseThrow().takenByName()).isNull();
    }

    @Test
    void groupChatterAndRepliesToUnrelatedMessagesAreLeftAlone() {
        List<Outbound> chatter = h.consultant(Inbound.Kind.TEXT, "¿alguien almuerza?", null);
        List<Outbound> unrelated = h.consultant(Inbound.Kind.TEXT, "sí", "¿alguien almuerza?");
        List<Outbound> command = h.consultant(Inbound.Kind.COMMAND, "start", null);

        assertThat(chatter).isEmpty();
        // a reply to a bot message naming no case reaches nobody: the consultant is asked which case (issue 14)
        assertThat(to(USER, unrelated)).isEmpty();
        assertThat(textTo(GROUP, unrelated)).contains("Todavía no envié nada");
        assertThat(textTo(GROUP, command)).as("an entrepreneur's command gets the consultants' help").contains("Ayuda para asesores");
        assertThat(to(USER, command)).isEmpty();
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.OPEN);
    }
}
