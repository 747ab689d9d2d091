package co.aliada.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up tables: who agreed to be written to later, and the schedule of messages. Calls made from a
 * command run in the turn's transaction ({@code JdbcTemplate} joins it).
 */
final class FollowupStore {

    static final String CONTACT = "contact";
    static final String REASSESS = "reassess";
    static final String DUE = "due";
    static final String SENT = "sent";
    static final String ANSWERED = "answered";
    static final String CANCELLED = "cancelled";
    private static final String OPEN_CHAT = "f.opted_in = true and f.blocked_at is null";

    /** One scheduled message and what the person answered to it. */
    record Scheduled(long id, String chat, String kind, long refId, int round, String status,
                     String contacted, String useful) {
    }

    /** Something that may call for a message: a recommendation or a self-check, and when it happened. */
    record Candidate(String chat, long refId, Instant at) {
    }

    private final JdbcTemplate jdbc;

    FollowupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the chat decided: empty when it was never asked or never answered. */
    Optional<Boolean> decision(String chat) {
        return jdbc.queryForList("select opted_in from followup_contact where chat = ?", Boolean.class, chat)
                .stream().findFirst();
    }

    /** Records the decision; saying no also cancels every message still to send. Saying yes again clears a block. */
    void decide(String chat, boolean optIn, Instant now) {
        int updated = jdbc.update("update followup_contact set opted_in = ?, decided_at = ?, blocked_at = null where chat = ?",
                optIn, Timestamp.from(now), chat);
        if (updated == 0) {
            jdbc.update("insert into followup_contact (chat, opted_in, decided_at) values (?, ?, ?)",
                    chat, optIn, Timestamp.from(now));
        }
        if (!optIn) {
            cancelDue(chat);
        }
    }

    /** The channel said the person blocked the bot: nothing more is sent to this chat. */
    void blocked(String chat, Instant now) {
        jdbc.update("update followup_contact set blocked_at = ? where chat = ? and blocked_at is null", Timestamp.from(now), chat);
        cancelDue(chat);
    }

    boolean isBlocked(String chat) {
        return !jdbc.queryForList("select chat from followup_contact where chat = ? and blocked_at is not null",
                String.class, chat).isEmpty();
    }

    /** Recommendations of chats that agreed, not yet scheduled. */
    List<Candidate> unscheduledRecommendations() {
        return jdbc.query("select c.chat, c.id, c.created_at from challenge c join followup_contact f on f.chat = c.chat"
                + " where " + OPEN_CHAT + " and c.services is not null and c.services <> ''"
                + " and not exists (select 1 from followup_message m where m.kind = ? and m.ref_id = c.id)",
                FollowupStore::candidate, CONTACT);
    }

    /** The latest self-check of each chat that agreed, when its invitation is not scheduled yet. */
    List<Candidate> unscheduledSelfChecks() {
        return jdbc.query("select r.chat, r.id, r.finished_at from selfcheck_result r join followup_contact f on f.chat = r.chat"
                + " where " + OPEN_CHAT + " and r.id = (select max(x.id) from selfcheck_result x where x.chat = r.chat)"
                + " and not exists (select 1 from followup_message m where m.kind = ? and m.ref_id = r.id)",
                FollowupStore::candidate, REASSESS);
    }

    /** Adds a message to the schedule; false when it is there already (another instance planned it first). */
    boolean schedule(String chat, String kind, long refId, int round, Instant due) {
        try {
            jdbc.update("insert into followup_message (chat, kind, ref_id, round_no, due_at, status) values (?, ?, ?, ?, ?, ?)",
                    chat, kind, refId, round, Timestamp.from(due), DUE);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean scheduled(String kind, long refId, int round) {
        Integer n = jdbc.queryForObject("select count(*) from followup_message where kind = ? and ref_id = ? and round_no = ?",
                Integer.class, kind, refId, round);
        return n != null && n > 0;
    }

    /** Messages whose time has come, for chats that may still be written to, oldest first. */
    List<Scheduled> due(Instant now, int limit) {
        return jdbc.query("select m.* from followup_message m join followup_contact f on f.chat = m.chat"
                + " where m.status = ? and m.due_at <= ? and " + OPEN_CHAT
                + " order by m.due_at, m.id fetch first " + limit + " rows only",
                FollowupStore::scheduled, DUE, Timestamp.from(now));
    }

    /**
     * Takes a due message for this instance: the conditional update lets exactly one of several instances
     * (or of two runs after a restart) see one row changed, and only while the chat may be written to.
     */
    boolean claim(long id, Instant now) {
        return jdbc.update("update followup_message set status = ?, sent_at = ? where id = ? and status = ? and exists"
                + " (select 1 from followup_contact f where f.chat = followup_message.chat and " + OPEN_CHAT + ")",
                SENT, Timestamp.from(now), id, DUE) == 1;
    }

    void cancel(long id) {
        jdbc.update("update followup_message set status = ? where id = ?", CANCELLED, id);
    }

    Optional<Scheduled> find(String chat, long id) {
        return jdbc.query("select * from followup_message where id = ? and chat = ?", FollowupStore::scheduled, id, chat)
                .stream().findFirst();
    }

    void answerContact(long id, String contacted, Instant now) {
        jdbc.update("update followup_message set status = ?, contacted = ?, answered_at = ? where id = ?",
                ANSWERED, contacted, Timestamp.from(now), id);
    }

    void answerUseful(long id, String useful, Instant now) {
        jdbc.update("update followup_message set status = ?, useful = ?, answered_at = ? where id = ?",
                ANSWERED, useful, Timestamp.from(now), id);
    }

    /** The newest self-check of the chat, to tell whether an invitation is still worth sending. */
    Optional<Long> latestSelfCheck(String chat) {
        return Optional.ofNullable(jdbc.queryForObject("select max(id) from selfcheck_result where chat = ?", Long.class, chat));
    }

    /** The language the person speaks with the bot, as the chat's state keeps it. */
    Optional<String> lang(String chat) {
        return jdbc.queryForList("select lang from chat_state where chat = ?", String.class, chat).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    List<java.util.Map<String, Object>> exportMessages(String chat) {
        return jdbc.queryForList("select kind, ref_id as about, round_no as round, due_at, status, sent_at, contacted,"
                + " useful, answered_at from followup_message where chat = ? order by id", chat);
    }

    List<java.util.Map<String, Object>> exportDecision(String chat) {
        return jdbc.queryForList("select opted_in, decided_at, blocked_at from followup_contact where chat = ?", chat);
    }

    void erase(String chat) {
        jdbc.update("delete from followup_message where chat = ?", chat);
        jdbc.update("delete from followup_contact where chat = ?", chat);
    }

    private void cancelDue(String chat) {
        jdbc.update("update followup_message set status = ? where chat = ? and status = ?", CANCELLED, chat, DUE);
    }

    private static Candidate candidate(ResultSet rs, int i) throws SQLException {
        return new Candidate(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant());
    }

    private static Scheduled scheduled(ResultSet rs, int i) throws SQLException {
        return new Scheduled(rs.getLong("id"), rs.getString("chat"), rs.getString("kind"), rs.getLong("ref_id"),
                rs.getInt("round_no"), rs.getString("status"), rs.getString("contacted"), rs.getString("useful"));
    }
}
