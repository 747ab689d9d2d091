package co.aliada.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last step of every erasure on the embedded database ({@code /borrar_datos}, the retention sweep):
 * once the erasing transaction commits, the database file is rewritten without its dead rows, so the
 * erased text is gone from the disk too. H2 does that only with the database closed ({@code SHUTDOWN
 * COMPACT}); moving its file's chunks while others write corrupts it. So the pool is paused (requests
 * wait, none fails), the connections in use are awaited, the database is closed compacted, and the next
 * request opens it again: a pause of about a second per erasure. Erasures arriving meanwhile share the
 * next compaction.
 */
final class StorageWipe implements ErasedStorage {

    private static final Logger log = LoggerFactory.getLogger(StorageWipe.class);
    /** How long the connections in use may take to come back before this try gives way to traffic. */
    private static final Duration DRAIN = Duration.ofSeconds(5);
    private static final int TRIES = 5;

    private final HikariDataSource pool;
    private final H2Files files;
    private final TaskExecutor worker;
    private final AtomicBoolean queued = new AtomicBoolean();

    StorageWipe(HikariDataSource pool, H2Files files, TaskExecutor worker) {
        this.pool = pool;
        this.files = files;
        this.worker = worker;
    }

    @Override
    public void afterErasure() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    compactSoon();
                }
            });
        } else {
            compactSoon();
        }
    }

    void compactSoon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::compact);
        }
    }

    private void compact() {
        queued.set(false);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                if (compactedWhileIdle()) {
                    files.restrict(); // the rewritten file is a new file
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                log.warn("database compaction after an erasure failed: {}", e.getClass().getSimpleName());
                return;
            }
            // busy (a long transaction): let the waiting requests through, then try again
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(attempt));
        }
        log.warn("database compaction after an erasure gave up: connections stayed busy; the erased rows leave the file "
                + "at the next erasure or clean shutdown");
    }

    private boolean compactedWhileIdle() throws SQLException {
        HikariPoolMXBean connections = pool.getHikariPoolMXBean();
        if (connections == null) {
            return true; // the pool never opened: nothing was written through it
        }
        connections.suspendPool();
        try {
            long deadline = System.nanoTime() + DRAIN.toNanos();
            while (connections.getActiveConnections() > 0) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            try (Connection own = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                 Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            connections.softEvictConnections(); // their database is closed; the next ones open it again
            return true;
        } finally {
            connections.resumePool();
        }
    }
}
