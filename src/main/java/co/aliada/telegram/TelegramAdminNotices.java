package co.aliada.telegram;

import java.util.List;
import java.util.function.Function;

import co.aliada.admin.AdminNotices;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Admins' notices as Telegram messages to each admin's private chat (whose id is the admin's user id),
 * in the language that chat uses with the bot.
 */
final class TelegramAdminNotices implements AdminNotices {

    private final Delivery delivery;
    private final JdbcTemplate jdbc;

    TelegramAdminNotices(Delivery delivery, JdbcTemplate jdbc) {
        this.delivery = delivery;
        this.jdbc = jdbc;
    }

    @Override
    public void tell(List<Long> adminIds, String html) {
        tell(adminIds, lang -> html);
    }

    @Override
    public void tell(List<Long> adminIds, Function<String, String> htmlIn) {
        delivery.deliver(adminIds.stream().map(id -> Outbound.text(UpdateMapper.chatKey(id), htmlIn.apply(languageOf(id)))).toList());
    }

    /** The language of the admin's chat with the bot; Spanish before they ever wrote to it. */
    private String languageOf(long adminId) {
        List<String> langs = jdbc.queryForList("select lang from chat_state where chat = ?", String.class,
                UpdateMapper.chatKey(adminId));
        return Texts.language(langs.isEmpty() ? null : langs.get(0));
    }
}
