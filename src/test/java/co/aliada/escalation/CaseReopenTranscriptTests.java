package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;

/** A reopened case: its card says so in place, and the group gets the transcript of what happened since. */
class CaseReopenTranscriptTests {

    private final EscalationHarness h = new EscalationHarness().withProfiledUser(USER);

    @Test
    void reopeningEditsTheCardAndSendsTheTranscriptWithTheCasesEvents() {
        h.openCaseWithMaria(USER);
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);
        h.consultant(Inbound.Kind.TEXT, "Le envío el enlace de la convocatoria", "#caso-1");
        h.consultant(Inbound.Kind.BUTTON, "case:end:1:resolved", null);
        h.send(Inbound.button(USER, "case:close:1")); // forged or stale data: never shown as such

        List<Outbound> group = to(GROUP, h.send(Inbound.command(USER, "asesor reabrir")));

        Outbound edit = group.stream().filter(Outbound::replaces).findFirst().orElseThrow();
        assertThat(edit.ref().name()).isEqualTo(CaseCard.ref(1));
        assertThat(edit.plainText()).as("open again, with its owner: no longer closed")
                .contains("🙋 Tomado por María (asesora) · 25/11/2026 10:00", "🔁 Reabierto por la persona · 25/11/2026 10:00")
                .doesNotContain("Cerrado");
        String transcript = group.stream().filter(o -> o.document() != null).map(o -> new String(o.document().bytes(),
                StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(transcript).contains("María (equipo asesor): Le envío el enlace de la convocatoria",
                        "── María tomó el caso #caso-1 ──", "── Caso #caso-1 cerrado: ✅ Resuelto (María) ──",
                        "── La persona reabrió el caso #caso-1 ──")
                .doesNotContain("case:close");
    }
}
