package co.aliada.telegram;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Keeps a case's messages together in a group. In a forum each thread (a case) gets its own topic, made
 * when its first message goes out; elsewhere its messages reply to the thread's first message (the case's
 * card), which Telegram shows as a thread. Only the outbox sender calls this, one piece of a chat at a time.
 */
class TelegramThreads {

    private static final Logger log = LoggerFactory.getLogger(TelegramThreads.class);

    /** Where a thread's next message goes: a forum topic, or a reply to its first message; both null at first. */
    record Place(Integer topicId, Integer replyTo) {
        static final Place NEW = new Place(null, null);
    }

    private final JdbcTemplate jdbc;
    private final Map<Long, Boolean> forums = new ConcurrentHashMap<>();

    TelegramThreads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the piece goes; in a forum the thread's topic is made now, if it has none yet. */
    Place placeFor(TelegramClient client, long chatId, String thread) throws TelegramApiException {
        if (thread == null || chatId > 0) {
            return Place.NEW;
        }
        Optional<Place> known = jdbc.query("select topic_id, message_id from telegram_thread where chat = ? and thread = ?",
                (rs, i) -> new Place((Integer) rs.getObject("topic_id"), (Integer) rs.getObject("message_id")),
                UpdateMapper.chatKey(chatId), thread).stream().findFirst();
        if (known.isPresent() && known.get().topicId() != null) {
            return new Place(known.get().topicId(), null);
        }
        if (isForum(client, chatId)) {
            try {
                ForumTopic topic = client.execute(CreateForumTopic.builder().chatId(chatId).name(thread).build());
                save(chatId, thread, topic.getMessageThreadId(), null);
                return new Place(topic.getMessageThreadId(), null);
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code == null || code == 429 || code >= 500) {
                    throw e; // the outbox tries again later
                }
                // refused for good (the bot may not manage topics there): the case's messages still go, as replies
                log.warn("no topic for {} in group {}: {}; its messages reply to its card instead", thread, chatId,
                        Secrets.describe(e));
                forums.put(chatId, false);
            }
        }
        return known.orElse(Place.NEW);
    }

    /** Whether Telegram refused a message because its topic was closed or deleted. */
    static boolean topicGone(TelegramApiRequestException e) {
        String description = e.getApiResponse() == null ? "" : e.getApiResponse().toUpperCase(java.util.Locale.ROOT);
        return Integer.valueOf(400).equals(e.getErrorCode())
                && (description.contains("TOPIC_CLOSED") || description.contains("TOPIC_DELETED")
                || description.contains("THREAD NOT FOUND"));
    }

    /** Forgets a thread's topic, so that its next message makes a new one. */
    void forget(long chatId, String thread) {
        jdbc.update("delete from telegram_thread where chat = ? and thread = ?", UpdateMapper.chatKey(chatId), thread);
    }

    /** The thread (a case's tag) whose forum topic this is, or null. */
    String threadOfTopic(long chatId, int topicId) {
        return jdbc.query("select thread from telegram_thread where chat = ? and topic_id = ?", (rs, i) -> rs.getString(1),
                UpdateMapper.chatKey(chatId), topicId).stream().findFirst().orElse(null);
    }

    /** Remembers a thread's first message in a plain group: the next ones reply to it. */
    void sent(long chatId, String thread, Place place, Integer messageId) {
        if (thread != null && chatId < 0 && place.topicId() == null && place.replyTo() == null && messageId != null) {
            save(chatId, thread, null, messageId);
        }
    }

    private void save(long chatId, String thread, Integer topicId, Integer messageId) {
        String chat = UpdateMapper.chatKey(chatId);
        jdbc.update("delete from telegram_thread where chat = ? and thread = ?", chat, thread);
        jdbc.update("insert into telegram_thread (chat, thread, topic_id, message_id) values (?, ?, ?, ?)",
                chat, thread, topicId, messageId);
    }

    /** Asked once per group and run; a group turned into a forum later is seen at the next start. */
    private boolean isForum(TelegramClient client, long chatId) {
        Boolean known = forums.get(chatId);
        if (known != null) {
            return known;
        }
        boolean forum;
        try {
            ChatFullInfo chat = client.execute(GetChat.builder().chatId(chatId).build());
            forum = Boolean.TRUE.equals(chat.getIsForum());
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("could not tell whether group {} is a forum: {}", chatId, Secrets.describe(e));
            return false; // asked again next time
        }
        forums.put(chatId, forum);
        return forum;
    }

    /** Without a database (unit tests of the sender): every message stands alone. */
    static final TelegramThreads NONE = new TelegramThreads(null) {
        @Override
        Place placeFor(TelegramClient client, long chatId, String thread) {
            return Place.NEW;
        }

        @Override
        void sent(long chatId, String thread, Place place, Integer messageId) {
        }

        @Override
        String threadOfTopic(long chatId, int topicId) {
            return null;
        }
    };
}
