package co.aliada.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Anonymous web chats reach the consultants' group only as a trickle, and never ahead of Telegram.
 * A web case's card and transcript are written to the outbox as {@code HELD}, not {@code PENDING}; this
 * gate releases one held case at a time, only when nothing else waits for the group, and at most
 * {@code aliada.escalation.web-cases-per-hour} an hour (a Bucket4j budget of this instance). A Telegram
 * case is therefore queued behind at most one web case, whatever a flood of web chats does.
 */
final class WebCaseGate {

    static final String HELD = "HELD";
    private static final Logger log = LoggerFactory.getLogger(WebCaseGate.class);

    private final JdbcTemplate jdbc;
    private final ConsultantsChat group;
    private final CaseStore cases;
    private final Clock clock;
    private final Bucket budget;

    WebCaseGate(JdbcTemplate jdbc, ConsultantsChat group, CaseStore cases, Clock clock, int perHour) {
        this.jdbc = jdbc;
        this.group = group;
        this.cases = cases;
        this.clock = clock;
        this.budget = Bucket.builder().addLimit(Bandwidth.builder().capacity(Math.max(1, perHour))
                .refillGreedy(Math.max(1, perHour), Duration.ofHours(1)).build()).build();
    }

    static boolean web(String chat) {
        return chat.startsWith("web:");
    }

    /** Marks this case's group messages, written in the current transaction, as held when it commits. */
    void holdAtCommit(long caseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            hold(caseId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                hold(caseId); // the turn's replies are in the outbox by now, not yet visible to the sender
            }
        });
    }

    private void hold(long caseId) {
        rowsOf(caseId, "PENDING").forEach(id -> jdbc.update("update outbox_message set status = ? where id = ?", HELD, id));
    }

    /** Drops the held messages of a case closed before the group saw it; true when there were some. */
    boolean drop(long caseId) {
        List<Long> held = rowsOf(caseId, HELD);
        held.forEach(id -> jdbc.update("delete from outbox_message where id = ?", id));
        return !held.isEmpty();
    }

    @Scheduled(fixedDelayString = "${aliada.escalation.web-release-every:10s}")
    void releaseNext() {
        if (!group.configured()) {
            return;
        }
        Integer waiting = jdbc.queryForObject("select count(*) from outbox_message where chat = ? and status = 'PENDING'",
                Integer.class, group.key());
        if (waiting != null && waiting > 0) {
            return; // Telegram cases (and anything else for the group) go first
        }
        List<String> texts = jdbc.queryForList("select text from outbox_message where chat = ? and status = ? order by id",
                String.class, group.key(), HELD);
        OptionalLong next = texts.stream().map(CaseTag::in).filter(OptionalLong::isPresent).findFirst().orElse(OptionalLong.empty());
        if (next.isEmpty()) {
            return;
        }
        long caseId = next.getAsLong();
        if (cases.find(caseId).filter(Case::active).isEmpty()) {
            drop(caseId); // closed (or erased) while it waited: the group need not hear of it
            return;
        }
        if (!budget.tryConsume(1)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        rowsOf(caseId, HELD).forEach(id -> jdbc.update("update outbox_message set status = 'PENDING', next_at = ? where id = ?",
                now, id));
        log.info("web case {} released to the consultants' group", caseId);
    }

    private List<Long> rowsOf(long caseId, String status) {
        if (!group.configured()) {
            return List.of();
        }
        String file = TranscriptFormatter.fileName(caseId);
        return jdbc.query("select id, text, file_name from outbox_message where chat = ? and status = ? order by id",
                (rs, i) -> {
                    OptionalLong tag = CaseTag.in(rs.getString("text"));
                    boolean ours = tag.isPresent() && tag.getAsLong() == caseId || file.equals(rs.getString("file_name"));
                    return ours ? rs.getLong("id") : -1L;
                }, group.key(), status).stream().filter(id -> id >= 0).toList();
    }
}
