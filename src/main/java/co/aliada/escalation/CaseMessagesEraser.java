package co.aliada.escalation;

import java.util.List;
import java.util.OptionalLong;

import co.aliada.privacy.PersonalData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Messages about a chat's cases still waiting to go to the consultants' group (the card, the transcript,
 * relayed words): erased with the chat, so that nothing of it reaches the group afterwards. Runs before
 * {@link CaseData} turns the cases into anonymous stubs, while they still name the chat.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseMessagesEraser implements PersonalData {

    private final JdbcTemplate jdbc;
    private final ConsultantsChat group;

    CaseMessagesEraser(JdbcTemplate jdbc, ConsultantsChat group) {
        this.jdbc = jdbc;
        this.group = group;
    }

    @Override
    public String section() {
        return "case-messages";
    }

    @Override
    public Object export(String chat) {
        return List.of(); // the cases section already shows them
    }

    @Override
    public void erase(String chat) {
        if (!group.configured()) {
            return;
        }
        List<Long> cases = jdbc.queryForList("select id from escalation_case where chat = ?", Long.class, chat);
        if (cases.isEmpty()) {
            return;
        }
        List<Long> doomed = jdbc.query("select id, text, file_name, thread from outbox_message where chat = ? and status = 'PENDING'",
                (rs, i) -> {
                    OptionalLong tagged = CaseTag.in(rs.getString("text"));
                    OptionalLong threaded = CaseTag.in(rs.getString("thread"));
                    String file = rs.getString("file_name");
                    // a piece without the tag in its text (media, a long text's later part) still names its case's thread
                    boolean ours = tagged.isPresent() && cases.contains(tagged.getAsLong())
                            || threaded.isPresent() && cases.contains(threaded.getAsLong())
                            || file != null && cases.stream().anyMatch(id -> file.equals(TranscriptFormatter.fileName(id)));
                    return ours ? rs.getLong("id") : null;
                }, group.key());
        doomed.stream().filter(java.util.Objects::nonNull)
                .forEach(id -> jdbc.update("delete from outbox_message where id = ?", id));
    }
}
