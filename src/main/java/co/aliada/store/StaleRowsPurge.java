package co.aliada.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps anonymous traffic from growing the database for ever. Every hour it drops the ids of events
 * handled more than a day ago (Telegram redelivers an update for at most 24 hours, so an older id can
 * never come back), the state of chats that have not consented and were last seen a day ago (it holds
 * only a step and a language), and browser bindings of conversations that no longer exist.
 */
final class StaleRowsPurge {

    static final Duration KEEP = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(StaleRowsPurge.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaleRowsPurge(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aliada.store.purge-every:1h}", initialDelayString = "${aliada.store.purge-every:1h}")
    void hourly() {
        int purged = purge();
        if (purged > 0) {
            log.info("purged {} stale rows (events handled and chats without consent, older than {})", purged, KEEP);
        }
    }

    /** Deletes what is past its day; returns how many rows went. */
    int purge() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(KEEP));
        int events = jdbc.update("delete from processed_event where processed_at < ?", cutoff);
        int chats = jdbc.update("delete from chat_state where consent <> 'ACCEPTED' and updated_at < ?", cutoff);
        int bindings = jdbc.update("delete from web_conversation where created_at < ? and not exists "
                + "(select 1 from chat_state s where s.chat = concat('web:', web_conversation.conversation))", cutoff);
        return events + chats + bindings;
    }
}
