package co.aliada.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Leases shared by instances: one holder at a time, taken over once it ran out, a job run once per cluster. */
class ClusterLockTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final JdbcTemplate jdbc = database();
    private final ClusterLock a = new ClusterLock(jdbc, clock, "a", true);
    private final ClusterLock b = new ClusterLock(jdbc, clock, "b", true);

    private static JdbcTemplate database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        return new JdbcTemplate(h2);
    }

    @Test
    void oneInstanceHoldsALeaseUntilItRunsOutOrIsReleased() {
        assertThat(a.tryHold("poller", Duration.ofSeconds(15))).isTrue();
        assertThat(b.tryHold("poller", Duration.ofSeconds(15))).isFalse();
        now.set(now.get().plusSeconds(10));
        assertThat(a.tryHold("poller", Duration.ofSeconds(15))).as("the holder renews").isTrue();
        now.set(now.get().plusSeconds(14));
        assertThat(b.tryHold("poller", Duration.ofSeconds(15))).as("renewed, still held").isFalse();
        now.set(now.get().plusSeconds(2));
        assertThat(b.tryHold("poller", Duration.ofSeconds(15))).as("ran out: the holder died").isTrue();
        assertThat(a.tryHold("poller", Duration.ofSeconds(15))).isFalse();
        b.release("poller");
        assertThat(a.tryHold("poller", Duration.ofSeconds(15))).isTrue();
    }

    @Test
    void aScheduledJobRunsOnceWhenEveryInstanceFiresItAtTheSameTime() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(a.runOnce("sweep", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(b.runOnce("sweep", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
        now.set(now.get().plusSeconds(30));
        assertThat(b.runOnce("sweep", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet))
                .as("held at least a minute: a late schedule on another instance does not run it again").isFalse();
        now.set(now.get().plusSeconds(31));
        assertThat(b.runOnce("sweep", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aJobThatFailsStillLetsTheNextRunHappen() {
        try {
            a.runOnce("reminders", Duration.ofMinutes(5), Duration.ZERO, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the job's own failure reaches its caller
        }
        assertThat(b.runOnce("reminders", Duration.ofMinutes(5), Duration.ZERO, () -> { })).isTrue();
    }
}
