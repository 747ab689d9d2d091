package co.aliada.challenge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Challenges in the database; runs inside the turn's transaction when there is one. */
final class JdbcChallenges implements Challenges {

    private static final String COLUMNS = "id, chat, driver, text, how_might_we, urgency, feasibility, impact, "
            + "context, services, service_names, created_at, confirmed";
    private static final String NAMES = "\n";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcChallenges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long save(Challenge c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, "
                    + "impact, priority, context, services, service_names, created_at, confirmed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            st.setString(1, c.chat());
            st.setString(2, c.driver());
            st.setString(3, c.text());
            st.setString(4, c.howMightWe());
            st.setInt(5, c.urgency());
            st.setInt(6, c.feasibility());
            st.setInt(7, c.impact());
            st.setInt(8, c.priority());
            st.setString(9, c.context());
            st.setString(10, String.join(",", c.services()));
            st.setString(11, String.join(NAMES, c.serviceNames()));
            st.setTimestamp(12, Timestamp.from(c.createdAt() != null ? c.createdAt() : clock.instant()));
            st.setBoolean(13, c.confirmed());
            return st;
        }, keys);
        return keys.getKey().longValue();
    }

    @Override
    public List<Challenge> of(String chat) {
        return jdbc.query("select " + COLUMNS + " from challenge where chat = ? order by id", JdbcChallenges::row, chat);
    }

    @Override
    public Optional<Challenge> find(String chat, long id) {
        return jdbc.query("select " + COLUMNS + " from challenge where chat = ? and id = ?", JdbcChallenges::row, chat, id)
                .stream().findFirst();
    }

    @Override
    public void recommended(long id, List<String> serviceIds, List<String> serviceNames) {
        jdbc.update("update challenge set services = ?, service_names = ? where id = ?",
                String.join(",", serviceIds), String.join(NAMES, serviceNames), id);
    }

    @Override
    public void feedback(String chat, long id, boolean useful) {
        jdbc.update("insert into challenge_feedback (challenge_id, chat, useful, created_at) "
                + "select id, chat, ?, ? from challenge where id = ? and chat = ?",
                useful, Timestamp.from(clock.instant()), id, chat);
    }

    @Override
    public boolean delete(String chat, long id) {
        jdbc.update("delete from challenge_feedback where chat = ? and challenge_id = ?", chat, id);
        return jdbc.update("delete from challenge where chat = ? and id = ?", chat, id) > 0;
    }

    @Override
    public int forget(String chat) {
        jdbc.update("delete from challenge_feedback where chat = ?", chat);
        return jdbc.update("delete from challenge where chat = ?", chat);
    }

    private static Challenge row(ResultSet rs, int i) throws SQLException {
        return new Challenge(rs.getLong("id"), rs.getString("chat"), rs.getString("driver"), rs.getString("text"),
                rs.getString("how_might_we"), rs.getInt("urgency"), rs.getInt("feasibility"), rs.getInt("impact"),
                rs.getString("context"), split(rs.getString("services"), ","), split(rs.getString("service_names"), NAMES),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("confirmed"));
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
