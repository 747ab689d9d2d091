package co.aliada.telegram;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import co.aliada.BenchFigures;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one sending pass costs as the outbox's backlog grows (a pass runs after every send): the heads read
 * page by page from the oldest waiting piece, against the previous query that grouped the whole queue by
 * chat. Backlogs of 1,000 to 100,000 waiting pieces, one a chat and five a chat, on the H2 file the default
 * runs and on PostgreSQL; a piece is marked sent before each read, as between two passes. Medians and 90th
 * percentiles of {@code -Dbench.backlog.reads} reads (100) each; {@code -Dbench.databases=h2} or {@code postgresql}
 * for one of them.
 *
 * <pre>./mvnw -B -o -Pbench test -Dtest=OutboxBacklogBenchmark</pre>
 */
class OutboxBacklogBenchmark {

    private static final int READS = Integer.getInteger("bench.backlog.reads", 100);
    private static final int[] BACKLOGS = {1_000, 10_000, 100_000};
    private static final int[] PER_CHAT = {1, 5};
    /** The query this replaced, measured beside it. */
    private static final String PREVIOUS = "select o.id, o.chat, o.attempts, o.next_at from outbox_message o join"
            + " (select min(id) as id from outbox_message where status = ? group by chat) h on o.id = h.id"
            + " where o.claimed_until is null or o.claimed_until <= ? order by o.id";

    @TempDir
    Path dir;

    @Test
    void aSendingPassAsTheBacklogGrows() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(BenchFigures.header("outbox backlog", READS));
        String databases = System.getProperty("bench.databases", "h2,postgresql");
        for (int perChat : databases.contains("h2") ? PER_CHAT : new int[0]) {
            try (HikariDataSource h2 = new HikariDataSource()) {
                h2.setJdbcUrl("jdbc:h2:file:" + dir.resolve("backlog-" + perChat) + ";QUERY_CACHE_SIZE=64");
                h2.setUsername("sa");
                measure("H2 file", h2, perChat, report);
            }
        }
        if (databases.contains("postgresql")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
                for (int perChat : PER_CHAT) {
                    // pooled, as the app's: a connection opened for each statement would be most of what is measured
                    try (HikariDataSource pool = new HikariDataSource()) {
                        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
                        pool.setUsername("postgres");
                        try (var connection = pool.getConnection()) {
                            connection.createStatement().execute("drop schema public cascade; create schema public");
                        }
                        measure("PostgreSQL", pool, perChat, report);
                    }
                }
            }
        }
        BenchFigures.write("outbox-backlog.txt", report);
    }

    private void measure(String database, DataSource dataSource, int perChat, List<String> report) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate db = new JdbcTemplate(dataSource);
        OutboxTable table = new OutboxTable(db);
        int waiting = 0; // pieces written, less those marked sent
        long chat = 0;
        for (int backlog : BACKLOGS) {
            List<Map.Entry<String, Piece>> pieces = new ArrayList<>();
            for (; waiting < backlog + READS * 5 / 4; waiting += perChat, chat++) {
                long id = chat;
                IntStream.range(0, perChat).forEach(i -> pieces.add(Map.entry("tg:" + id,
                        new Piece(id, Piece.Method.MESSAGE, "m" + i, List.of(), null))));
            }
            for (int from = 0; from < pieces.size(); from += 5_000) {
                table.insertAll(pieces.subList(from, Math.min(pieces.size(), from + 5_000)), Instant.now());
            }
            long[] previous = new long[READS];
            long[] now = new long[READS];
            for (int i = -READS / 4; i < READS; i++) { // the first quarter warms up and is not kept
                // a send between two passes; a query over unchanged tables would be answered from H2's last result
                Instant at = Instant.now();
                table.sent(table.heads(at).get(0).id(), 1, at);
                waiting--;
                long start = System.nanoTime();
                int grouped = db.query(PREVIOUS, (rs, n) -> rs.getLong(1), OutboxTable.PENDING, Timestamp.from(at)).size();
                long middle = System.nanoTime();
                int paged = table.heads(at).size();
                long end = System.nanoTime();
                if (i >= 0) {
                    previous[i] = middle - start;
                    now[i] = end - middle;
                }
                if (paged > grouped || paged < Math.min(grouped, OutboxTable.ENOUGH_HEADS)) {
                    throw new IllegalStateException(paged + " heads read of " + grouped);
                }
            }
            report.add(String.format("%s, %,d waiting, %d a chat: previous query %s; heads read by pages %s", database,
                    backlog, perChat, BenchFigures.medianAndP90(previous), BenchFigures.medianAndP90(now)));
        }
    }

}
