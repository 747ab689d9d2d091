package co.aliada.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as Prometheus sees it, read from the table at each scrape so that every instance reports
 * the shared backlog: {@code aliada_outbox_backlog} (messages waiting) and
 * {@code aliada_outbox_oldest_pending_seconds} (how long the oldest has waited; 0 when none waits).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aliada.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Telegram messages waiting in the outbox").register(registry);
        Gauge.builder("aliada.outbox.oldest.pending", this, OutboxMetrics::oldestPendingSeconds)
                .baseUnit("seconds").description("Age of the oldest message waiting in the outbox").register(registry);
        // Bot API errors by code start at zero, so a dashboard tells "none yet" from "not measured"
        for (String code : java.util.List.of("400", "403", "429", "network")) {
            registry.counter("aliada.telegram.api.errors", "code", code);
        }
    }

    double backlog() {
        try {
            Long n = jdbc.queryForObject("select count(*) from outbox_message where status = ?", Long.class, OutboxTable.PENDING);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the health check says so, the gauge shows a gap
        }
    }

    double oldestPendingSeconds() {
        try {
            Timestamp oldest = jdbc.queryForObject("select min(created_at) from outbox_message where status = ?",
                    Timestamp.class, OutboxTable.PENDING);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
