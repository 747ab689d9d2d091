package co.aliada.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatHistory;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web page's conversations as they were shown, kept in the turn's transaction so that a reload
 * (and a consultant's later answer, which arrives in another chat's turn) shows them again. Only web
 * chats are kept: Telegram keeps its own history, and the terminal has its screen.
 */
@Component
class ChatHistoryStore implements ChatHistory, PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGES = 2000;

    private final JdbcTemplate jdbc;
    private final MediaStore media;
    private final Clock clock;

    ChatHistoryStore(JdbcTemplate jdbc, MediaStore media, Clock clock) {
        this.jdbc = jdbc;
        this.media = media;
        this.clock = clock;
    }

    static boolean shown(String chat) {
        return chat.startsWith(ChatController.CHANNEL);
    }

    @Override
    public void keep(Inbound in, String said, List<Outbound> replies, boolean declined) {
        List<Object[]> rows = new java.util.ArrayList<>();
        Timestamp at = Timestamp.from(clock.instant());
        if (declined && shown(in.chat())) {
            erase(in.chat()); // a person who said no to keeping data leaves no history either
        } else if (shown(in.chat()) && said != null && !said.isBlank()) {
            rows.add(row(in.chat(), at, true, MessageView.user(said)));
        }
        for (Outbound reply : replies) {
            if (shown(reply.chat()) && !(declined && reply.chat().equals(in.chat()))) {
                rows.add(row(reply.chat(), at, false, MessageView.bot(reply, file -> media.keep(reply.chat(), file))));
            }
        }
        if (!rows.isEmpty()) {
            // one batch for the turn's messages: a statement per message was most of a web turn's database work
            jdbc.batchUpdate("insert into chat_message (chat, at, from_user, body) values (?, ?, ?, ?)", rows);
        }
    }

    /** The conversation so far, oldest first; the latest messages when it is very long. */
    List<JsonNode> messages(String chat) {
        List<JsonNode> newest = new java.util.ArrayList<>(jdbc.query(
                "select body from chat_message where chat = ? order by id desc fetch first " + MAX_MESSAGES + " rows only",
                (rs, i) -> JSON.readTree(rs.getString("body")), chat));
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** The chat's language ({@code es}, {@code en}) as the conversation set it, or null before its first turn. */
    String language(String chat) {
        List<String> found = jdbc.queryForList("select lang from chat_state where chat = ?", String.class, chat);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Object[] row(String chat, Timestamp at, boolean fromUser, Map<String, Object> body) {
        return new Object[] {chat, at, fromUser, JSON.writeValueAsString(body)};
    }

    @Override
    public String section() {
        return "webChat";
    }

    @Override
    public Object export(String chat) {
        if (!"ACCEPTED".equals(jdbc.queryForList("select consent from chat_state where chat = ?", String.class, chat)
                .stream().findFirst().orElse(null))) {
            return List.of(); // without consent only the bot's own texts are kept: nothing of the person's
        }
        return jdbc.query("select at, from_user, body from chat_message where chat = ? order by id", (rs, i) -> Map.of(
                "at", rs.getTimestamp("at").toInstant().toString(),
                "from", rs.getBoolean("from_user") ? "user" : "bot",
                "text", JSON.readTree(rs.getString("body")).path("text").asString("")), chat);
    }

    @Override
    public void erase(String chat) {
        jdbc.update("delete from chat_message where chat = ?", chat);
        media.erase(chat);
    }
}
