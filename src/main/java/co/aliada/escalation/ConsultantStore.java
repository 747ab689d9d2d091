package co.aliada.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The consultants' chosen presentation ({@code /soy}); joins the turn's transaction. */
class ConsultantStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsultantStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Consultant> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.query("select id, display_name, institution, word from consultant where id = ?",
                (rs, i) -> new Consultant(rs.getString("id"), rs.getString("display_name"), rs.getString("institution"),
                        Consultant.Word.valueOf(rs.getString("word"))), id).stream().findFirst();
    }

    void save(Consultant c) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update consultant set display_name = ?, institution = ?, word = ?, updated_at = ? where id = ?",
                c.name(), c.institution(), c.word().name(), now, c.id());
        if (updated == 0) {
            jdbc.update("insert into consultant (id, display_name, institution, word, updated_at) values (?, ?, ?, ?, ?)",
                    c.id(), c.name(), c.institution(), c.word().name(), now);
        }
    }
}
