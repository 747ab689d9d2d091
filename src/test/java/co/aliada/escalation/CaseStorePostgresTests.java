package co.aliada.escalation;

import co.aliada.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The escalation tables and queries on a real PostgreSQL, as run behind a load balancer. */
class CaseStorePostgresTests {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private final TestClock clock = TestClock.fixedAt(EscalationHarness.WEDNESDAY_10);

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void keepsACaseThroughItsWholeLifeWithHistoryAndMessages() {
        CaseStore cases = new CaseStore(jdbc, clock);
        Case c = cases.open("tg:1", "fallback", "en");
        cases.message(c.id(), true, null, "hello");

        assertThat(cases.activeOf("tg:1")).get().extracting(Case::reason).isEqualTo("fallback");
        clock.advance(Duration.ofMinutes(31));
        assertThat(cases.dueForReminder(Duration.ofMinutes(30), Duration.ofHours(4))).extracting(Case::id).contains(c.id());
        assertThat(cases.take(c.id(), "Ana", "9")).isTrue();
        assertThat(cases.take(c.id(), "Luis", "8")).isFalse();
        assertThat(cases.close(c.id(), "consultant", "Ana", "9")).isTrue();
        assertThat(cases.close(c.id(), "consultant", "Ana", "9")).isFalse();
        assertThat(cases.find(c.id())).get().satisfies(closed -> {
            assertThat(closed.status()).isEqualTo(Case.Status.CLOSED);
            assertThat(closed.takenByName()).isEqualTo("Ana");
            assertThat(closed.openedAt()).isEqualTo(EscalationHarness.WEDNESDAY_10);
        });
        assertThat(jdbc.queryForList("select status from escalation_case_status where case_id = ? order by id", String.class, c.id()))
                .containsExactly("OPEN", "TAKEN", "CLOSED");
    }
}
