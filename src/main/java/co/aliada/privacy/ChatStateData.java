package co.aliada.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.onboarding.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chat's state row: consent, language, step and the answers kept under feature keys (profile, self-check…). */
final class ChatStateData implements PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    ChatStateData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(String chat) {
        List<Map<String, Object>> rows = jdbc.query(
                "select lang, step, consent, data, updated_at from chat_state where chat = ?", (rs, i) -> {
                    Map<String, String> data = new LinkedHashMap<>(JSON.readValue(rs.getString("data"), DATA));
                    data.keySet().removeIf(ChatStateData::technical); // the bot's own bookkeeping is not about the person
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("consent", rs.getString("consent"));
                    row.put("language", rs.getString("lang"));
                    row.put("step", rs.getString("step"));
                    row.put("lastActivity", rs.getTimestamp("updated_at").toInstant().toString());
                    row.put("answers", data);
                    return row;
                }, chat);
        if (rows.isEmpty() || !"ACCEPTED".equals(rows.get(0).get("consent")) && answers(rows.get(0)).isEmpty()) {
            return Map.of();
        }
        return rows.get(0);
    }

    @Override
    public void erase(String chat) {
        jdbc.update("delete from chat_state where chat = ?", chat);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> answers(Map<String, Object> row) {
        return (Map<String, String>) row.get("answers");
    }

    /** Keys kept to work (buttons last shown, misses, the deep link's sector); nothing the person told. */
    private static boolean technical(String key) {
        return ChatState.isBookkeeping(key) || Profile.isBookkeeping(key);
    }
}
