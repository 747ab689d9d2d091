package co.aliada.escalation;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user's challenges for the card, read from the challenge feature's table when it exists. Tolerant on
 * purpose: the table may be absent or shaped differently, and then the card simply goes without them.
 */
final class Challenges {

    private static final List<String> STATEMENT = List.of("statement", "how_might_we", "hmw", "text", "title");
    private static final List<String> PRIORITY = List.of("priority", "score");
    private static final List<String> SERVICES = List.of("services", "recommended_services", "service_ids", "matches");

    private final JdbcTemplate jdbc;

    Challenges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per challenge: statement, priority, services; empty when there is nothing to read. */
    List<Line> of(String chat) {
        // checked first: a failing select would abort the whole turn's transaction on PostgreSQL
        List<String> columns = jdbc.execute((ConnectionCallback<List<String>>) Challenges::columns);
        if (columns == null || !columns.contains("chat")) {
            return List.of();
        }
        String statement = first(columns, STATEMENT);
        if (statement == null) {
            return List.of();
        }
        String priority = first(columns, PRIORITY);
        String services = first(columns, SERVICES);
        List<Line> lines = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select * from challenge where chat = ?", chat)) {
            Map<String, Object> lower = new java.util.HashMap<>();
            row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            lines.add(new Line(String.valueOf(lower.get(statement)), text(lower.get(priority)), text(lower.get(services))));
        }
        return lines;
    }

    record Line(String statement, String priority, String services) {
    }

    private static List<String> columns(java.sql.Connection con) throws SQLException {
        DatabaseMetaData meta = con.getMetaData();
        List<String> found = new ArrayList<>();
        for (String table : List.of("challenge", "CHALLENGE")) {
            try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                while (rs.next()) {
                    found.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }

    private static String first(List<String> columns, List<String> wanted) {
        return wanted.stream().filter(columns::contains).findFirst().orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
