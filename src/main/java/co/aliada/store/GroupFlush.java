package co.aliada.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes the embedded H2 database's commits to its file before they are confirmed, once for all the
 * commits that wait at the same moment (a group commit).
 *
 * <p>H2 keeps recent commits in memory and writes them every half second ({@code WRITE_DELAY}), so a
 * killed process would lose the turns it had just answered. Writing at every commit ({@code WRITE_DELAY=0})
 * keeps them, but costs a file write per commit and turns off H2's background writer, the only place where
 * it reuses the file's old space: the file then grows without end. Here the background writer stays on,
 * and a thread that has committed waits until a {@code CHECKPOINT} started after its commit has finished.
 * The first thread to wait runs it; those that commit meanwhile share the next one.
 */
final class GroupFlush {

    private final Object lock = new Object();
    private final LongAdder flushes = new LongAdder();
    /** Commits counted so far; a commit's number is taken once it has returned. */
    private long committed;
    /** Every commit up to this number is in the file. */
    private long written;
    private boolean writing;

    /** Returns once every commit made before this call on any connection is in the file. */
    void afterCommit(Connection connection) throws SQLException {
        long mine;
        synchronized (lock) {
            mine = ++committed;
        }
        while (true) {
            long upTo;
            synchronized (lock) {
                while (written < mine && writing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while the commit was being written", e);
                    }
                }
                if (written >= mine) {
                    return;
                }
                writing = true;
                upTo = committed; // all these returned from their commit before the checkpoint below starts
            }
            boolean done = false;
            try {
                checkpoint(connection);
                done = true;
            } finally {
                synchronized (lock) {
                    writing = false;
                    if (done) {
                        written = Math.max(written, upTo);
                    }
                    lock.notifyAll(); // after a failure, a waiting thread tries the write itself
                }
            }
        }
    }

    /** How many file writes the commits have needed, for the benchmark's report. */
    long flushes() {
        return flushes.sum();
    }

    private void checkpoint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        flushes.increment();
    }
}
