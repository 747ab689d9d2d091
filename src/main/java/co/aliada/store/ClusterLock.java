package co.aliada.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Named leases in the shared database ({@code cluster_lock}), so that with several instances a scheduled
 * job runs on one of them only, and only one long-polls Telegram. A lease is won by one conditional
 * update (or the first insert), as ShedLock's JDBC provider does; it runs out by itself when its holder
 * dies. Instances' clocks are compared, so keep them in time (NTP); skews well below the leases are harmless.
 */
public final class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instance;
    private final boolean shared;

    ClusterLock(JdbcTemplate jdbc, Clock clock, String instance, boolean shared) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
        this.shared = shared;
    }

    /** Whether other instances may use this database (PostgreSQL); H2 serves one instance. */
    public boolean shared() {
        return shared;
    }

    /** This process among the instances: host, process id and a random part (two JVMs in one container). */
    static String thisInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "host";
        }
        String id = host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 120 ? id : id.substring(id.length() - 120);
    }

    /** Who holds the leases this instance wins. */
    public String instance() {
        return instance;
    }

    /**
     * Runs the job here if no other instance holds its lease; holds it at most {@code atMostFor} (in case
     * this process dies) and at least {@code atLeastFor} (so that an instance whose schedule fires a little
     * later does not run it again). Returns whether it ran here.
     */
    public boolean runOnce(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
        Instant start = clock.instant();
        if (!tryHold(name, atMostFor)) {
            log.debug("{} runs on another instance", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            Instant until = start.plus(atLeastFor);
            Instant now = clock.instant();
            jdbc.update("update cluster_lock set locked_until = ? where name = ? and locked_by = ?",
                    Timestamp.from(until.isAfter(now) ? until : now), name, instance);
        }
    }

    /** Wins or renews the lease {@code name} for {@code lease} from now; false while another instance holds it. */
    public boolean tryHold(String name, Duration lease) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(lease));
        int won = jdbc.update("update cluster_lock set locked_until = ?, locked_at = ?, locked_by = ?"
                        + " where name = ? and (locked_until <= ? or locked_by = ?)",
                until, Timestamp.from(now), instance, name, Timestamp.from(now), instance);
        if (won > 0) {
            return true;
        }
        try {
            return jdbc.update("insert into cluster_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)",
                    name, until, Timestamp.from(now), instance) > 0;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    /** Gives the lease up now, if this instance holds it (a clean shutdown). */
    public void release(String name) {
        jdbc.update("update cluster_lock set locked_until = ? where name = ? and locked_by = ?",
                Timestamp.from(clock.instant()), name, instance);
    }
}
