package co.aliada.escalation;

import org.springframework.jdbc.core.JdbcTemplate;

/** A chat's escalation records, for data-subject requests (Ley 1581): how many there are, and forgetting them. */
public final class EscalationRecords {

    private static final String OF_CHAT = "(select id from escalation_case where chat = ?)";

    private final JdbcTemplate jdbc;

    EscalationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many cases this chat ever opened. */
    public int cases(String chat) {
        Integer n = jdbc.queryForObject("select count(*) from escalation_case where chat = ?", Integer.class, chat);
        return n == null ? 0 : n;
    }

    /** Deletes the chat's cases with their history and messages; returns how many cases went. */
    public int forget(String chat) {
        jdbc.update("delete from escalation_case_message where case_id in " + OF_CHAT, chat);
        jdbc.update("delete from escalation_case_status where case_id in " + OF_CHAT, chat);
        return jdbc.update("delete from escalation_case where chat = ?", chat);
    }
}
