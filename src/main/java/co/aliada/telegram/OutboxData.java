package co.aliada.telegram;

import java.util.List;

import co.aliada.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A chat's rows in the Telegram outbox. Erasing drops them all: messages still waiting are never sent,
 * and sent ones no longer tell that the chat existed or when it talked.
 */
@Component
class OutboxData implements PersonalData {

    private final JdbcTemplate jdbc;

    OutboxData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "outbox";
    }

    @Override
    public Object export(String chat) {
        return List.of(); // what the bot sent is already in the conversation section
    }

    @Override
    public void erase(String chat) {
        jdbc.update("delete from outbox_message where chat = ?", chat);
    }
}
