package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import co.aliada.conversation.Inbound;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, erasure row: {@code /borrar_datos} also removes what still waits to go to the consultants'
 * group about the chat's cases (card, transcript, relayed words), and nothing of another case.
 */
class CaseMessagesErasureTests {

    final EscalationHarness h = new EscalationHarness().withProfiledUser(USER).withProfiledUser("tg:88");

    @Test
    void pendingGroupMessagesAboutTheChatsCasesAreErasedAndOthersKept() {
        h.send(Inbound.command(USER, "asesor"));
        h.send(Inbound.command("tg:88", "asesor"));
        long mine = id(USER);
        long theirs = id("tg:88");
        pending(GROUP, "Caso " + CaseTag.of(mine) + " card", null);
        pending(GROUP, "caption " + CaseTag.of(mine), TranscriptFormatter.fileName(mine));
        pending(GROUP, "relayed for " + CaseTag.of(mine) + ": mi cédula 123", null);
        pending(GROUP, "Caso " + CaseTag.of(theirs) + " card", null);

        new CaseMessagesEraser(h.jdbc, new ConsultantsChat(GROUP, chat -> true)).erase(USER);

        assertThat(h.jdbc.queryForList("select text from outbox_message where chat = ?", String.class, GROUP))
                .containsExactly("Caso " + CaseTag.of(theirs) + " card");
    }

    private long id(String chat) {
        return h.jdbc.queryForObject("select max(id) from escalation_case where chat = ?", Long.class, chat);
    }

    private void pending(String chat, String text, String file) {
        h.jdbc.update("insert into outbox_message (chat, method, text, file_name, status, attempts, next_at, created_at) "
                + "values (?, 'MESSAGE', ?, ?, 'PENDING', 0, ?, ?)", chat, text, file,
                Timestamp.from(h.clock.instant()), Timestamp.from(h.clock.instant()));
    }
}
