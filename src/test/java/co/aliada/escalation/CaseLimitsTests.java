package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, second row: a case no longer sends the whole transcript however long it is (its last part, and
 * the file says so), and one chat cannot open cases without end.
 */
class CaseLimitsTests {

    final EscalationHarness h = new EscalationHarness().withProfiledUser(USER);

    @Test
    void theTranscriptSentWithACaseIsItsLastPartAndSaysSo() {
        String line = "x".repeat(180);
        for (int i = 0; i < 5_000; i++) {
            h.jdbc.update("insert into transcript_line (chat, at, from_user, text) values (?, ?, ?, ?)",
                    USER, Timestamp.from(h.clock.instant()), i % 2 == 0, "line " + i + " " + line);
        }

        List<Outbound> replies = h.send(Inbound.command(USER, "asesor"));

        Outbound file = EscalationHarness.to(GROUP, replies).stream().filter(o -> o.document() != null).findFirst().orElseThrow();
        String text = new String(file.document().bytes(), StandardCharsets.UTF_8);
        assertThat(text.length()).isLessThanOrEqualTo(TranscriptFormatter.MAX_CHARS + 2_000);
        assertThat(text).contains("line 4999 ", h.texts.get("escalation.transcript.cut", "es", "lines", 0).substring(0, 20))
                .doesNotContain("line 0 ", "line 1000 ");
    }

    @Test
    void aChatOpensAtMostAFewCasesADay() {
        for (int i = 0; i < EscalationProperties.defaults().casesPerDay(); i++) {
            h.send(Inbound.command(USER, "asesor"));
            h.send(Inbound.command(USER, "bot"));
        }
        long before = count();

        List<Outbound> replies = h.send(Inbound.command(USER, "asesor"));

        assertThat(count()).isEqualTo(before);
        assertThat(EscalationHarness.to(GROUP, replies)).isEmpty();
        assertThat(EscalationHarness.textTo(USER, replies)).contains(
                h.texts.get("escalation.limit", "es", "max", 3, "hours", "").substring(0, 20));
    }

    private long count() {
        return h.jdbc.queryForObject("select count(*) from escalation_case where chat = ?", Long.class, USER);
    }
}
