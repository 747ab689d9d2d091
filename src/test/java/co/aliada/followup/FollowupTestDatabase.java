package co.aliada.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import co.aliada.challenge.Challenge;
import co.aliada.challenge.Challenges;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 database with the real migrations, and rows as the other features would leave them. */
final class FollowupTestDatabase {

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final TransactionTemplate tx;

    FollowupTestDatabase() {
        this(new DriverManagerDataSource("jdbc:h2:mem:followup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** Any empty database, such as an embedded PostgreSQL. */
    FollowupTestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(this.dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
    }

    /** A confirmed challenge with one recommended service, as the challenge journey stores it. */
    long challenge(String chat, Instant at) {
        jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority,"
                + " services, service_names, created_at, confirmed) values (?, 'problem', 'Perdemos clientes',"
                + " '¿Cómo podríamos no perder clientes?', 3, 2, 3, 8, 'mp-sales-training,mp-pricing',"
                + " ?, ?, true)", chat, "Capacitación en ventas\nPrecios", Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from challenge where chat = ?", Long.class, chat);
    }

    /** A finished self-check with the given area averages, as the self-check stores it. */
    long selfCheck(String chat, Instant at, double leadership, double processes) {
        jdbc.update("insert into selfcheck_result (chat, sector, company_size, overall_level, overall_rank,"
                + " overall_average, below_commitment, finished_at) values (?, 'ict', 'micro', 'commitment', 1, ?, false, ?)",
                chat, (leadership + processes) / 2, Timestamp.from(at));
        long id = jdbc.queryForObject("select max(id) from selfcheck_result where chat = ?", Long.class, chat);
        jdbc.update("insert into selfcheck_area (result_id, area, area_level, average) values (?, 'leadership', 'commitment', ?)",
                id, leadership);
        jdbc.update("insert into selfcheck_area (result_id, area, area_level, average) values (?, 'processes', 'commitment', ?)",
                id, processes);
        return id;
    }

    void language(String chat, String lang) {
        jdbc.update("insert into chat_state (chat, lang, step, consent, data, updated_at) values (?, ?, 'menu', 'ACCEPTED', '{}', ?)",
                chat, lang, Timestamp.from(Instant.now()));
    }

    List<String> statuses(String chat) {
        return jdbc.queryForList("select status from followup_message where chat = ? order by id", String.class, chat);
    }

    /** Reads the challenge table as the challenge feature would; only what the follow-up uses. */
    Challenges challenges() {
        return new Challenges() {
            @Override
            public Optional<Challenge> find(String chat, long id) {
                return jdbc.query("select id, chat, driver, text, how_might_we, services, service_names, created_at"
                        + " from challenge where chat = ? and id = ?", (rs, i) -> new Challenge(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), 3, 2, 3, null,
                        List.of(rs.getString(6).split(",")), List.of(rs.getString(7).split("\n")),
                        rs.getTimestamp(8).toInstant(), true), chat, id).stream().findFirst();
            }

            @Override
            public long save(Challenge challenge) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Challenge> of(String chat) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void recommended(long id, List<String> serviceIds, List<String> serviceNames) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void feedback(String chat, long id, boolean useful) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean delete(String chat, long id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int forget(String chat) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
