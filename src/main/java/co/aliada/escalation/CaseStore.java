package co.aliada.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Cases, their status history and their messages in the database; joins the turn's transaction. */
class CaseStore {

    /** The close reason of a case the person closed before any consultant saw it. */
    static final String WITHDRAWN = "withdrawn";
    private static final String COLUMNS = "id, chat, status, reason, lang, opened_at, taken_by_name, taken_by_id, taken_at, closed_at, close_reason";
    private static final int MAX_TEXT = 20000;
    private static final int MAX_CARD = 8000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Case open(String chat, String reason, String lang) {
        long id = nextNumber();
        jdbc.update("insert into escalation_case (id, chat, status, reason, lang, opened_at) values (?, ?, ?, ?, ?, ?)",
                id, chat, Case.Status.OPEN.name(), reason, lang, stamp());
        history(id, Case.Status.OPEN, null, null, reason);
        return find(id).orElseThrow();
    }

    /**
     * The next case number, without gaps: the counter row is updated in the caller's transaction (and
     * locked until it ends), so a rolled-back or crashed opening never uses up a number.
     */
    private long nextNumber() {
        jdbc.update("update escalation_case_counter set last_value = last_value + 1 where name = 'case'");
        Long next = jdbc.queryForObject("select last_value from escalation_case_counter where name = 'case'", Long.class);
        return next;
    }

    Optional<Case> find(long id) {
        return jdbc.query("select " + COLUMNS + " from escalation_case where id = ?", CaseStore::row, id).stream().findFirst();
    }

    /** The chat's case that is not closed yet, if any. */
    Optional<Case> activeOf(String chat) {
        return jdbc.query("select " + COLUMNS + " from escalation_case where chat = ? and status <> 'CLOSED' order by id desc",
                CaseStore::row, chat).stream().findFirst();
    }

    /** How many cases this chat opened in the last {@code within}. */
    /**
     * The chat's cases opened within this time that reached the consultants: one the person withdrew before any
     * consultant saw it ({@value #WITHDRAWN}) counts for no limit ("cancelar" three times had refused a fourth request).
     */
    int sentWithin(String chat, Duration within) {
        Integer n = jdbc.queryForObject("select count(*) from escalation_case where chat = ? and opened_at > ? "
                + "and (close_reason is null or close_reason <> ?)", Integer.class, chat, Timestamp.from(clock.instant().minus(within)), WITHDRAWN);
        return n == null ? 0 : n;
    }

    List<Case> active() {
        return jdbc.query("select " + COLUMNS + " from escalation_case where status <> 'CLOSED' order by id", CaseStore::row);
    }

    /** Takes an open case; false when it was taken or closed meanwhile. */
    boolean take(long id, String byName, String byId) {
        boolean done = jdbc.update("update escalation_case set status = 'TAKEN', taken_by_name = ?, taken_by_id = ?, taken_at = ? "
                + "where id = ? and status = 'OPEN'", byName, byId, stamp(), id) == 1;
        if (done) {
            history(id, Case.Status.TAKEN, byName, byId, null);
        }
        return done;
    }

    /** Hands a taken case to another consultant; false when it is no longer taken. */
    boolean reassign(long id, String byName, String byId) {
        boolean done = jdbc.update("update escalation_case set taken_by_name = ?, taken_by_id = ?, taken_at = ? "
                + "where id = ? and status = 'TAKEN'", byName, byId, stamp(), id) == 1;
        if (done) {
            history(id, Case.Status.TAKEN, byName, byId, "reassigned");
        }
        return done;
    }

    /** Whether a consultant wrote to the person in this case. */
    boolean consultantWrote(long id) {
        Integer n = jdbc.queryForObject("select count(*) from escalation_case_message where case_id = ? and from_user = false",
                Integer.class, id);
        return n != null && n > 0;
    }

    /** Keeps the person's rating of their closed case, once; false when it is not theirs, not closed or already rated. */
    boolean rate(long id, String chat, int rating) {
        return jdbc.update("update escalation_case set rating = ? where id = ? and chat = ? and status = 'CLOSED' and rating is null",
                rating, id, chat) == 1;
    }

    /** The chat's case a consultant closed after {@code since}, which the person may still reopen. */
    Optional<Case> reopenable(String chat, Instant since) {
        return jdbc.query("select " + COLUMNS + " from escalation_case where chat = ? and status = 'CLOSED' and closed_at >= ? "
                + "and close_reason in ('resolved', 'referred', 'no-answer', 'consultant') order by id desc",
                CaseStore::row, chat, Timestamp.from(since)).stream().findFirst();
    }

    /** Opens a closed case again, with its owner if it had one. */
    boolean reopen(long id) {
        boolean done = jdbc.update("update escalation_case set status = case when taken_by_id is null then 'OPEN' else 'TAKEN' end, "
                + "closed_at = null, close_reason = null, rating = null, reminded_at = null, reminder_count = 0 where id = ? and status = 'CLOSED'", id) == 1;
        if (done) {
            history(id, find(id).orElseThrow().status(), null, null, "reopened");
        }
        return done;
    }

    Instant ago(Duration span) {
        return now().minus(span);
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether this person has ever handled a case, which makes them a consultant. */
    boolean handledBy(String userId) {
        return !jdbc.queryForList("select 1 from escalation_case_status where by_id = ? fetch first 1 rows only",
                Integer.class, userId).isEmpty();
    }

    boolean close(long id, String reason, String byName, String byId) {
        boolean done = jdbc.update("update escalation_case set status = 'CLOSED', closed_at = ?, close_reason = ? "
                + "where id = ? and status <> 'CLOSED'", stamp(), reason, id) == 1;
        if (done) {
            history(id, Case.Status.CLOSED, byName, byId, reason);
        }
        return done;
    }

    void message(long caseId, boolean fromUser, String author, String text) {
        jdbc.update("insert into escalation_case_message (case_id, at, from_user, author, text) values (?, ?, ?, ?, ?)",
                caseId, stamp(), fromUser, author, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    }

    /** Keeps the card as the group received it, for later edits. */
    void card(long id, String text) {
        jdbc.update("update escalation_case set card = ? where id = ?", text.length() > MAX_CARD ? null : text, id);
    }

    /** The card as the group received it, or empty (a case opened before cards were kept, or erased). */
    Optional<String> cardOf(long id) {
        return jdbc.query("select card from escalation_case where id = ?", (rs, i) -> rs.getString(1), id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Untaken cases due for a reminder, marked reminded. The first is due {@code first} after the case opened,
     * each next one twice the previous wait after the last reminder, never more than {@code cap}.
     */
    List<Case> dueForReminder(Duration first, Duration cap) {
        record Waiting(Case c, int count, Instant last) {
        }
        Instant now = clock.instant();
        List<Waiting> open = jdbc.query("select " + COLUMNS + ", reminded_at, reminder_count from escalation_case "
                + "where status = 'OPEN' order by id", (rs, i) -> new Waiting(row(rs, i), rs.getInt("reminder_count"),
                instant(rs, "reminded_at")));
        List<Case> due = new java.util.ArrayList<>();
        for (Waiting w : open) {
            Duration wait = w.count() == 0 ? first : first.multipliedBy(1L << Math.min(w.count(), 20));
            Instant dueAt = (w.last() == null ? w.c().openedAt() : w.last()).plus(wait.compareTo(cap) > 0 ? cap : wait);
            // conditional on the count, so that two instances running the job do not both remind
            if (!now.isBefore(dueAt) && jdbc.update("update escalation_case set reminded_at = ?, reminder_count = ? "
                    + "where id = ? and status = 'OPEN' and reminder_count = ?", stamp(), w.count() + 1, w.c().id(), w.count()) == 1) {
                due.add(w.c());
            }
        }
        return due;
    }

    /** Keeps the company's name with the case, for the consultants' list. */
    void company(long id, String name) {
        jdbc.update("update escalation_case set company = ? where id = ?",
                name == null || name.length() <= 128 ? name : name.substring(0, 128), id);
    }

    /** A line of the consultants' list: the case, its company and when its person last wrote (or opened it). */
    record Listed(Case c, String company, Instant lastFromUser) {
    }

    List<Listed> listed() {
        return jdbc.query("select " + COLUMNS + ", company, (select max(m.at) from escalation_case_message m where m.case_id = "
                + "escalation_case.id and m.from_user = true) as last_from_user from escalation_case where status <> 'CLOSED' order by id",
                (rs, i) -> {
                    Case c = row(rs, i);
                    Instant last = instant(rs, "last_from_user");
                    return new Listed(c, rs.getString("company"), last == null ? c.openedAt() : last);
                });
    }

    Clock clock() {
        return clock;
    }

    private void history(long id, Case.Status status, String byName, String byId, String note) {
        jdbc.update("insert into escalation_case_status (case_id, status, at, by_name, by_id, note) values (?, ?, ?, ?, ?, ?)",
                id, status.name(), stamp(), byName, byId, note);
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }

    private static Case row(ResultSet rs, int i) throws SQLException {
        return new Case(rs.getLong("id"), rs.getString("chat"), Case.Status.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("lang"), instant(rs, "opened_at"), rs.getString("taken_by_name"),
                rs.getString("taken_by_id"), instant(rs, "taken_at"), instant(rs, "closed_at"), rs.getString("close_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
