package co.aliada.selfcheck;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The history table on real PostgreSQL, as run behind a load balancer. */
class SelfCheckHistoryPostgresTests {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void keepsAndComparesFinishedSelfChecks() {
        JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
        SelfCheckHistory history = new SelfCheckHistory(db);
        for (int i = 0; i < 3; i++) {
            history.save("tg:" + i, "commerce", "small", LevelScorer.score(LevelScorerTests.CONTENT,
                    LevelScorerTests.answers(i + 1)), LevelScorerTests.CONTENT, Instant.now());
        }
        history.save("tg:0", "commerce", "small", LevelScorer.score(LevelScorerTests.CONTENT,
                LevelScorerTests.answers(4)), LevelScorerTests.CONTENT, Instant.now());
        assertThat(history.companiesByRank("commerce")).isEqualTo(Map.of(5, 1, 2, 1, 3, 1));
        assertThat(db.queryForObject("select average from selfcheck_area a join selfcheck_result r on r.id = a.result_id "
                + "where r.chat = 'tg:1' and a.area = 'results'", Double.class)).isEqualTo(2.0);
        assertThat(history.forget("tg:0")).isEqualTo(2);
        assertThat(history.companiesByRank("commerce")).isEqualTo(Map.of(2, 1, 3, 1));
        assertThat(db.queryForObject("select count(*) from selfcheck_area", Integer.class)).isEqualTo(12);
    }
}
