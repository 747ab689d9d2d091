package co.aliada.selfcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the peer comparison of a finished self-check costs as a sector fills up: the sector's companies
 * counted by rank from {@code selfcheck_peer} (one row a company), against the previous query that grouped
 * every result of the sector by chat. Each company has taken the self-check one to three times. H2 file,
 * as the default runs; a company retakes it before each read, as at a finish; medians and 90th percentiles
 * of {@code -Dbench.peer.reads} reads (200) per size.
 *
 * <pre>./mvnw -B -o -Pbench test -Dtest=PeerComparisonBenchmark</pre>
 */
class PeerComparisonBenchmark {

    private static final int READS = Integer.getInteger("bench.peer.reads", 200);
    private static final int[] COMPANIES = {1_000, 10_000, 30_000};
    /** The query this replaced, measured beside it. */
    private static final String PREVIOUS = "select r.overall_rank from selfcheck_result r join "
            + "(select max(id) as id from selfcheck_result where sector = ? group by chat) latest on r.id = latest.id";

    @TempDir
    Path dir;

    @Test
    void countingASectorsCompanies() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("peer comparison, " + READS + " reads a size, " + Runtime.getRuntime().availableProcessors()
                + " cores, " + Instant.now());
        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:file:" + dir.resolve("peers"));
        h2.setUsername("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        JdbcTemplate db = new JdbcTemplate(h2);
        SelfCheckHistory history = new SelfCheckHistory(db);
        int saved = 0;
        for (int size : COMPANIES) {
            long saving = 0;
            int saves = 0;
            for (; saved < size; saved++) {
                for (int take = 0; take <= saved % 3; take++) {
                    long start = System.nanoTime();
                    history.save("web:c" + saved, "ict", "micro", LevelScorer.score(LevelScorerTests.CONTENT,
                            LevelScorerTests.answers(1 + (saved + take) % 5)), LevelScorerTests.CONTENT, Instant.now());
                    saving += System.nanoTime() - start;
                    saves++;
                }
            }
            long[] previous = new long[READS];
            long[] now = new long[READS];
            for (int i = -READS / 4; i < READS; i++) { // the first quarter warms up and is not kept
                // a retake before each read, as at a finish: H2 answers a query again from its last result
                // while none of the tables it reads has changed
                history.save("web:c" + (i + READS) * 7 % size, "ict", "micro", LevelScorer.score(LevelScorerTests.CONTENT,
                        LevelScorerTests.answers(1 + i % 5 + (i < 0 ? 5 : 0))), LevelScorerTests.CONTENT, Instant.now());
                long start = System.nanoTime();
                db.queryForList(PREVIOUS, Integer.class, "ict");
                long middle = System.nanoTime();
                Map<Integer, Integer> counted = history.companiesByRank("ict");
                long end = System.nanoTime();
                if (i >= 0) {
                    previous[i] = middle - start;
                    now[i] = end - middle;
                }
                if (counted.values().stream().mapToInt(Integer::intValue).sum() != size) {
                    throw new IllegalStateException("counted " + counted + " for " + size + " companies");
                }
            }
            report.add(String.format("%,d companies: previous query %s; companies by rank %s; a finish saved in %.2f ms (mean of %,d)",
                    size, millis(previous), millis(now), saving / 1e6 / saves, saves));
        }
        h2.close();
        String text = String.join("\n", report);
        System.out.println(text);
        Path out = Path.of("target", "bench", "peer-comparison.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    private static String millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p90 %.2f ms", sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6);
    }
}
