package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import co.aliada.store.StatementLog;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * What a turn of the local chat asks of the database, counted rather than timed: a turn is one
 * transaction with a handful of statements, whatever the step, so that it stays about as cheap as a
 * stateless request (docs/BENCHMARKS.md). A turn that goes back to a statement per message, a second
 * transaction or a read outside the turn fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:turn-statements;DB_CLOSE_DELAY=-1"})
class TurnStatementsTests {

    /** Consent, profile and the whole self-check, as a person takes them on the web page. */
    static final List<String[]> JOURNEY = journey();

    static final StatementLog LOG = new StatementLog(thread -> thread.getName().contains("-exec-"));

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor statementLog() {
            return LOG.wrapper();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aTurnIsOneTransactionOfAFewStatements() throws SQLException {
        ChatClient chat = new ChatClient(port);
        String id = "count-" + System.nanoTime();
        List<String> report = new ArrayList<>();
        int most = 0;
        int total = 0;
        List<Integer> connections = new ArrayList<>();
        List<Integer> commits = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        for (String[] step : JOURNEY) {
            LOG.clear();
            var reply = step[0].equals("text") ? chat.text(id, step[1]) : chat.button(id, step[1]);
            assertThat(reply.status()).isEqualTo(200);
            List<String> statements = LOG.statements();
            report.add(step[1] + ": " + statements.size() + " statements, " + LOG.connections() + " connections, "
                    + LOG.commits() + " commits " + statements);
            connections.add(LOG.connections());
            commits.add(LOG.commits());
            most = Math.max(most, statements.size());
            total += statements.size();
            distinct.addAll(statements);
        }
        System.out.println(String.join("\n", report));
        String all = String.join("\n", report);
        // the browser binding's look-up (a filter, before the turn) and the turn's own transaction
        assertThat(connections).as("connections taken by each turn\n%s", all).allMatch(n -> n <= 2);
        assertThat(commits).as("commits of each turn\n%s", all).containsOnly(1);
        // a step: lock the chat's row, write it, the transcript and the page's history (a batch each);
        // the last answer also keeps the self-check's result, the company's rank among its peers (one row,
        // so that comparing it reads one row a company) and the chart
        assertThat(most).as("statements of the busiest turn\n%s", all).isLessThanOrEqualTo(11);
        assertThat(total).as("statements of the whole journey\n%s", all).isLessThanOrEqualTo(6 * JOURNEY.size());
        // H2 keeps a session's statements parsed and planned, but not every kind (never a query "for update"):
        // one parsed again at every turn cost more than any other statement of it
        assertThat(parsedEachTime(distinct)).as("statements H2 parses again at every turn").isEmpty();
    }

    /** The statements H2 does not keep in its session's cache of parsed statements. */
    private List<String> parsedEachTime(Collection<String> statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return statements.stream().filter(sql -> !session.prepareLocal(sql).isCacheable()).toList();
        }
    }

    private static List<String[]> journey() {
        List<String[]> steps = new ArrayList<>(List.of(new String[] {"text", "/start"},
                new String[] {"button", "consent:yes"}, new String[] {"button", "sector:ict"},
                new String[] {"button", "size:micro"}, new String[] {"text", "Popayán"},
                new String[] {"button", "company:skip"}));
        String[] ids = {"L1", "L2", "L3", "P1", "P2", "Pe1", "Pe2", "Pe3", "I1", "I2", "Pr1", "Pr2", "Pr3", "R1", "R2"};
        int[] answers = {2, 1, 2, 1, 2, 3, 2, 1, 2, 1, 1, 1, 0, 1, 0};
        for (int i = 0; i < ids.length; i++) {
            steps.add(new String[] {"button", "sc:" + ids[i] + ":" + answers[i]});
        }
        return steps;
    }
}
