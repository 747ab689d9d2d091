package co.aliada.telegram;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import co.aliada.conversation.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram {@link Update} into an {@link Inbound}, or nothing for updates the bot stays quiet
 * about: channel posts, membership changes, service messages and group talk not meant for it.
 */
final class UpdateMapper {

    static final String CHANNEL = "tg:";
    private static final Logger log = LoggerFactory.getLogger(UpdateMapper.class);

    private final Supplier<BotIdentity> bot;
    private final Long consultantsChatId;
    private final UnaryOperator<String> commandAliases;
    /** The thread (a case's tag) of a forum topic in a group, or null: a message in a case's topic is about that case. */
    private java.util.function.BiFunction<Long, Integer, String> topics = (chat, topic) -> null;

    UpdateMapper(Supplier<BotIdentity> bot, Long consultantsChatId, UnaryOperator<String> commandAliases) {
        this.bot = bot;
        this.consultantsChatId = consultantsChatId;
        this.commandAliases = commandAliases;
    }

    UpdateMapper withTopics(java.util.function.BiFunction<Long, Integer, String> threadOfTopic) {
        this.topics = threadOfTopic;
        return this;
    }

    static String chatKey(long chatId) {
        return CHANNEL + chatId;
    }

    /** The Telegram chat id of an Outbound's chat key, or empty for other channels' chats. */
    static Optional<Long> chatId(String chatKey) {
        if (chatKey == null || !chatKey.startsWith(CHANNEL)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(chatKey.substring(CHANNEL.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isConsultantsChat(long chatId) {
        return consultantsChatId != null && consultantsChatId == chatId;
    }

    Optional<Inbound> map(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage()).map(in -> in.withEventId("tg:" + update.getUpdateId()));
        }
        if (update.hasEditedMessage()) {
            return edited(update.getEditedMessage()).map(in -> in.withEventId("tg:" + update.getUpdateId()));
        }
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery()).map(in -> in.withEventId("tg:" + update.getUpdateId()));
        }
        log.debug("update {} has nothing for the conversation ({})", update.getUpdateId(), UpdateKinds.of(update));
        return Optional.empty();
    }

    /** A private chat, or the consultants' group: every message there is for the bot, not only replies to it. */
    private boolean open(Message message) {
        return message.getChat().isUserChat() || isConsultantsChat(message.getChatId());
    }

    private Optional<Inbound> message(Message message) {
        String chat = chatKey(message.getChatId());
        boolean open = open(message);
        Inbound in;
        if (message.hasText()) {
            Optional<Command> command = Command.parse(message.getText());
            if (command.isPresent() && (open || command.get().isFor(bot.get()))) {
                Command found = command.get();
                in = Inbound.command(chat, commandAliases.apply(found.name()) + (found.args().isEmpty() ? "" : " " + found.args()));
            } else if (open || isReplyToBot(message) || mentionsBot(message.getText())) {
                in = Inbound.text(chat, message.getText());
            } else {
                log.debug("group message in {} not meant for the bot", chat);
                return Optional.empty();
            }
        } else {
            Optional<String> media = UpdateKinds.media(message);
            if (media.isEmpty() || !(open || isReplyToBot(message))) {
                log.debug("message in {} with nothing for the conversation", chat);
                return Optional.empty();
            }
            // the caption rides with the kind, so that the transcript and the consultants keep what the person wrote
            String caption = message.getCaption() == null || message.getCaption().isBlank() ? "" : ": " + message.getCaption().strip();
            in = Inbound.unsupported(chat, media.get() + caption);
            Optional<co.aliada.conversation.Media> passable = UpdateKinds.passable(message);
            if (passable.isPresent()) {
                in = in.withMedia(passable.get());
            }
        }
        return Optional.of(answering(withSender(in, message.getFrom()), message));
    }

    /** A text (or a caption) corrected after it was sent; commands stay as they were first run. */
    private Optional<Inbound> edited(Message message) {
        String text = message.hasText() ? message.getText() : message.getCaption();
        boolean open = open(message);
        if (text == null || text.isBlank() || text.strip().startsWith("/") || !(open || isReplyToBot(message))) {
            log.debug("edit in {} with nothing for the conversation", chatKey(message.getChatId()));
            return Optional.empty();
        }
        Inbound in = Inbound.text(chatKey(message.getChatId()), text).asEdit();
        return Optional.of(answering(withSender(in, message.getFrom()), message));
    }

    /**
     * What the message answers: the bot's message it replies to (blank when that message had no text, such as
     * a sticker or a place passed on: the reply is then about some case, and which one must be asked), else, in
     * a case's forum topic, the topic it was written in (a topic's messages reply to its opening, which names
     * nothing).
     */
    private Inbound answering(Inbound in, Message message) {
        if (isReplyToBot(message)) {
            String text = repliedText(message);
            if (text != null && !text.isBlank()) {
                return in.withReplyTo(text);
            }
        }
        if (Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null
                && isConsultantsChat(message.getChatId())) {
            String thread = topics.apply(message.getChatId(), message.getMessageThreadId());
            if (thread != null) {
                return in.inTopic(thread);
            }
        }
        return isReplyToBot(message) ? in.withReplyTo("") : in;
    }

    private Optional<Inbound> callback(CallbackQuery query) {
        if (query.getMessage() == null || query.getData() == null) {
            log.debug("callback {} without a message or data", query.getId());
            return Optional.empty();
        }
        Inbound in = Inbound.button(chatKey(query.getMessage().getChatId()), query.getData());
        return Optional.of(withSender(in, query.getFrom()));
    }

    private static Inbound withSender(Inbound in, User from) {
        if (from == null) {
            return in;
        }
        return in.withUser(String.valueOf(from.getId()), from.getFirstName()).withLangHint(from.getLanguageCode());
    }

    private boolean isReplyToBot(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null || replied.getFrom() == null) {
            return false;
        }
        BotIdentity me = bot.get();
        return replied.getFrom().getId() == me.id() || me.isNamed(replied.getFrom().getUserName());
    }

    private boolean mentionsBot(String text) {
        String name = bot.get().username();
        return name != null && text.toLowerCase().contains("@" + name.toLowerCase());
    }

    /** Only the bot's own messages count as replied-to: a case tag quoted by a person routes nothing. */
    private static String repliedText(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null) {
            return null;
        }
        return replied.hasText() ? replied.getText() : replied.getCaption();
    }

    /** A {@code /name@bot args} text. */
    record Command(String name, String addressee, String args) {

        static Optional<Command> parse(String text) {
            String stripped = text.strip();
            if (!stripped.startsWith("/")) {
                return Optional.empty();
            }
            String[] parts = stripped.substring(1).split("\\s+", 2);
            String[] nameAt = parts[0].split("@", 2);
            if (!nameAt[0].matches("[A-Za-z0-9_]{1,32}")) {
                return Optional.empty();
            }
            return Optional.of(new Command(nameAt[0].toLowerCase(), nameAt.length > 1 ? nameAt[1] : null,
                    parts.length > 1 ? parts[1].strip() : ""));
        }

        boolean isFor(BotIdentity bot) {
            return addressee != null && bot.isNamed(addressee);
        }
    }
}
