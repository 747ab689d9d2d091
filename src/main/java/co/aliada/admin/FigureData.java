package co.aliada.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the figures count, straight from the features' tables. Aggregation happens in Java so
 * that one code path serves H2 and PostgreSQL, and so that filters by profile apply the same way to
 * every figure; the programme's data is thousands of rows, not millions.
 */
class FigureData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    /** A company as its profile describes it (consent given, sector answered). */
    record Profile(String chat, String sector, String municipality, Instant updatedAt) {
    }

    record SelfCheck(long id, String chat, String sector, String level, Instant finishedAt, Map<String, Double> areas) {
    }

    record Challenge(String chat, String driver, List<String> services, Instant createdAt) {
    }

    record Feedback(String chat, boolean useful, Instant createdAt) {
    }

    /**
     * One case; {@code takenAt} is when it was first taken (a hand-over does not restart the clock), the
     * consultant is its last owner as their {@code /soy} presents them, {@code rating} the person's 1–3 or null.
     */
    record Case(String chat, String status, Instant openedAt, Instant takenAt, Instant firstAnswerAt,
                Instant closedAt, String closeReason, String consultant, String institution, Integer rating) {
    }

    private final JdbcTemplate jdbc;

    FigureData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Profile> profiles() {
        return jdbc.query("select chat, data, updated_at from chat_state where consent = 'ACCEPTED'", (rs, n) -> {
            Map<String, String> data = JSON.readValue(rs.getString("data"), MAP);
            return new Profile(rs.getString("chat"), data.get("profile.sector"), data.get("profile.municipality"),
                    instant(rs, "updated_at"));
        }).stream().filter(p -> p.sector() != null).toList();
    }

    /** Every finished self-check with its area averages, oldest first. */
    List<SelfCheck> selfChecks() {
        Map<Long, Map<String, Double>> areas = new HashMap<>();
        jdbc.query("select result_id, area, average from selfcheck_area", rs -> {
            areas.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
        });
        return jdbc.query("select id, chat, sector, overall_level, finished_at from selfcheck_result order by id",
                (rs, n) -> new SelfCheck(rs.getLong("id"), rs.getString("chat"), rs.getString("sector"),
                        rs.getString("overall_level"), instant(rs, "finished_at"),
                        Map.copyOf(areas.getOrDefault(rs.getLong("id"), Map.of()))));
    }

    List<Challenge> challenges() {
        return jdbc.query("select chat, driver, services, created_at from challenge where confirmed = true",
                (rs, n) -> new Challenge(rs.getString("chat"), rs.getString("driver"), split(rs.getString("services")),
                        instant(rs, "created_at")));
    }

    List<Feedback> feedback() {
        return jdbc.query("select chat, useful, created_at from challenge_feedback",
                (rs, n) -> new Feedback(rs.getString("chat"), rs.getBoolean("useful"), instant(rs, "created_at")));
    }

    /** Cases with the time of the first consultant's answer (their first message in the case). */
    List<Case> cases() {
        return jdbc.query("select c.chat, c.status, c.opened_at, c.closed_at, c.close_reason, c.rating, "
                        + "coalesce((select min(s.at) from escalation_case_status s where s.case_id = c.id and s.status = 'TAKEN'), "
                        + "c.taken_at) as first_taken, coalesce(k.display_name, c.taken_by_name) as consultant, k.institution, "
                        + "(select min(m.at) from escalation_case_message m where m.case_id = c.id and m.from_user = false) "
                        + "as first_answer from escalation_case c left join consultant k on k.id = c.taken_by_id",
                (rs, n) -> new Case(rs.getString("chat"), rs.getString("status"), instant(rs, "opened_at"),
                        instant(rs, "first_taken"), instant(rs, "first_answer"), instant(rs, "closed_at"),
                        rs.getString("close_reason"), rs.getString("consultant"), rs.getString("institution"),
                        (Integer) rs.getObject("rating", Integer.class)));
    }

    int openCases() {
        Integer open = jdbc.queryForObject("select count(*) from escalation_case where status <> 'CLOSED'", Integer.class);
        return open == null ? 0 : open;
    }

    private static List<String> split(String services) {
        if (services == null || services.isBlank()) {
            return List.of();
        }
        return Arrays.stream(services.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
