package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A commit on the H2 file is in the file when it returns, though H2 itself would write it only later. What a
 * killed process leaves is what the file holds: a copy of the file taken while the database is still open.
 */
class GroupFlushTests {

    /** Long enough that H2's own writer never runs during a test. */
    private static final String LATE_WRITES = ";WRITE_DELAY=60000";

    @TempDir
    Path dir;

    @Test
    void aCommitIsInTheFileWhenItReturns() throws Exception {
        JdbcDataSource h2 = h2("live");
        GroupFlush flush = new GroupFlush();
        try (Connection keepOpen = h2.getConnection()) {
            DataSource db = new StorableDataSource(h2, flush);
            JdbcTemplate jdbc = notes(db);
            jdbc.update("insert into note values (?, ?)", 1, "outside a transaction");
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try (var insert = c.prepareStatement("insert into note values (?, ?)")) {
                    insert.setInt(1, 2);
                    insert.setString(2, "in a transaction");
                    insert.executeUpdate();
                }
                c.commit();
            }

            assertThat(rowsInCopyOfFile("live")).containsExactly("outside a transaction", "in a transaction");
            assertThat(flush.flushes()).isPositive();
        }
    }

    /** Why the flush exists: the same commits through the data source without it are not yet in the file. */
    @Test
    void withoutTheFlushTheSameCommitsAreNotYetInTheFile() throws Exception {
        JdbcDataSource h2 = h2("live");
        try (Connection keepOpen = h2.getConnection()) {
            JdbcTemplate jdbc = notes(new StorableDataSource(h2));
            jdbc.execute("checkpoint"); // the table is in the file, so that only the row can be missing
            jdbc.update("insert into note values (?, ?)", 1, "outside a transaction");

            assertThat(rowsInCopyOfFile("live")).isEmpty();
        }
    }

    @Test
    void commitsMadeAtTheSameTimeAreAllInTheFile() throws Exception {
        JdbcDataSource h2 = h2("live");
        GroupFlush flush = new GroupFlush();
        try (Connection keepOpen = h2.getConnection()) {
            DataSource db = new StorableDataSource(h2, flush);
            JdbcTemplate jdbc = notes(db);
            ExecutorService writers = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            jdbc.update("insert into note values (?, ?)", writer * 1000 + i, "note " + writer + "/" + i);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                writers.shutdown();
            }

            assertThat(rowsInCopyOfFile("live")).hasSize(400);
            System.out.println("400 commits from 8 threads, " + flush.flushes() + " file writes");
        }
    }

    private JdbcDataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(name) + LATE_WRITES);
        h2.setUser("sa");
        return h2;
    }

    /** Opens a copy of the file as it is on disk now, as the next start after a kill would. */
    private List<String> rowsInCopyOfFile(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy-" + System.nanoTime()));
        Files.copy(dir.resolve(name + ".mv.db"), copy.resolve(name + ".mv.db"));
        JdbcDataSource reopened = new JdbcDataSource();
        reopened.setURL("jdbc:h2:file:" + copy.resolve(name));
        reopened.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(reopened);
        try {
            Integer tables = jdbc.queryForObject(
                    "select count(*) from information_schema.tables where table_name = 'NOTE'", Integer.class);
            return tables == 0 ? List.of() : jdbc.queryForList("select text from note order by id", String.class);
        } finally {
            jdbc.execute("shutdown");
        }
    }

    /** The database with the tests' one table. */
    private static JdbcTemplate notes(DataSource db) {
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table note (id int primary key, text varchar(100))");
        return jdbc;
    }
}
