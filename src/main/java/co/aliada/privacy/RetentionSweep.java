package co.aliada.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import co.aliada.conversation.LogSafe;
import co.aliada.store.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases chats inactive for longer than the retention period, through every {@link PersonalData}
 * source. Activity is the last turn ({@code chat_state.updated_at}); each chat is erased in its own
 * transaction, after checking under its row lock that it is still inactive. With several instances the
 * daily run happens on one of them (a lease of the {@link ClusterLock}).
 */
final class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PersonalDataSources sources;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final ClusterLock lock;

    RetentionSweep(JdbcTemplate jdbc, TransactionTemplate tx, PersonalDataSources sources,
                   PrivacyProperties properties, Clock clock, ClusterLock lock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sources = sources;
        this.properties = properties;
        this.clock = clock;
        this.lock = lock;
    }

    @Scheduled(cron = "${aliada.privacy.sweep-cron:0 30 3 * * *}")
    void daily() {
        Runnable run = () -> {
            int erased = sweep();
            log.info("retention sweep: {} inactive chats erased (retention {})", erased, properties.retention());
        };
        if (!lock.runOnce("retention-sweep", Duration.ofHours(2), Duration.ofMinutes(5), run)) {
            log.info("retention sweep runs on another instance");
        }
    }

    /** Erases every chat inactive since before now minus the retention; returns how many. */
    int sweep() {
        Timestamp cutoff = Timestamp.from(Instant.now(clock).minus(properties.retention()));
        List<String> stale = jdbc.queryForList("select chat from chat_state where updated_at < ?", String.class, cutoff);
        int erased = 0;
        for (String chat : stale) {
            try {
                erased += eraseIfStillInactive(chat, cutoff) ? 1 : 0;
            } catch (RuntimeException e) {
                // one chat that cannot be erased must not keep the others' data: it is retried tomorrow
                log.error("retention sweep could not erase chat {}: {}", LogSafe.chat(chat), LogSafe.failure(e));
            }
        }
        if (erased > 0) {
            sources.wipeFiles(); // once for the whole sweep: each wipe pauses the database for a moment
        }
        return erased;
    }

    private boolean eraseIfStillInactive(String chat, Timestamp cutoff) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            List<String> still = jdbc.queryForList(
                    "select chat from chat_state where chat = ? and updated_at < ? for update", String.class, chat, cutoff);
            if (still.isEmpty()) {
                return false; // the person came back meanwhile
            }
            sources.eraseRows(chat);
            return true;
        }));
    }
}
