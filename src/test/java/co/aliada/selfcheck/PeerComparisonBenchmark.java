package co.aliada.selfcheck;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.aliada.BenchFigures;
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
        report.add(BenchFigures.header("peer comparison", READS));
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
                    size, BenchFigures.medianAndP90(previous), BenchFigures.medianAndP90(now), saving / 1e6 / saves, saves));
        }
        h2.close();
        BenchFigures.write("peer-comparison.txt", report);
    }

}
