package co.aliada.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The conversation as kept after consent: what the person wrote and what the bot answered. */
final class TranscriptData implements PersonalData {

    private final JdbcTemplate jdbc;

    TranscriptData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "conversation";
    }

    @Override
    public Object export(String chat) {
        return jdbc.query("select at, from_user, text from transcript_line where chat = ? order by id", (rs, i) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", rs.getTimestamp("at").toInstant().toString());
            line.put("from", rs.getBoolean("from_user") ? "user" : "bot");
            line.put("text", rs.getString("text"));
            return line;
        }, chat);
    }

    @Override
    public void erase(String chat) {
        jdbc.update("delete from transcript_line where chat = ?", chat);
    }
}
