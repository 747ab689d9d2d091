package co.aliada.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;

import co.aliada.conversation.Drawings;
import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendAnimation;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendLocation;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendSticker;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVideoNote;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API: one {@link Piece} of a reply (HTML text with its inline keyboard, a photo or a
 * document with its caption, media passed on by reference), in its case's thread when it has one, and the
 * ephemeral answers to a button press, which are never stored.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;
    private final TelegramThreads threads;
    private final Drawings drawings;

    TelegramSender(TelegramClient client) {
        this(client, TelegramThreads.NONE, Drawings.NONE);
    }

    TelegramSender(TelegramClient client, TelegramThreads threads, Drawings drawings) {
        this.client = client;
        this.threads = threads;
        this.drawings = drawings;
    }

    /** Sends one piece; throws what the Bot API or the network answered, for the outbox to judge. */
    void deliver(Piece piece) throws TelegramApiException {
        deliver(piece, null);
    }

    /**
     * Sends one piece, in its thread, or for an {@code EDIT} changes message {@code target} of its chat (nothing
     * when there is no target: the message to edit was never sent). Answers the id of the message sent, or null.
     */
    Integer deliver(Piece piece, Integer target) throws TelegramApiException {
        if (piece.method() == Piece.Method.EDIT) {
            edit(piece, target);
            return null;
        }
        TelegramThreads.Place place = threads.placeFor(client, piece.chatId(), piece.thread());
        Message sent;
        try {
            sent = send(piece, Where.of(place));
        } catch (TelegramApiRequestException e) {
            if (place.topicId() == null || !TelegramThreads.topicGone(e)) {
                throw e;
            }
            // the group's admins closed or deleted the case's topic: the case gets a new one, and nothing is lost
            log.info("the topic of {} in group {} is gone; a new one is made", piece.thread(), piece.chatId());
            threads.forget(piece.chatId(), piece.thread());
            place = threads.placeFor(client, piece.chatId(), piece.thread());
            sent = send(piece, Where.of(place));
        }
        Integer id = sent == null ? null : sent.getMessageId();
        threads.sent(piece.chatId(), piece.thread(), place, id);
        return id;
    }

    private void edit(Piece piece, Integer target) throws TelegramApiException {
        if (target == null) {
            log.debug("no message named {} in chat {} to edit; skipped", piece.ref(),
                    co.aliada.conversation.LogSafe.chat(UpdateMapper.chatKey(piece.chatId())));
            return;
        }
        // without a keyboard, Telegram takes the message's keyboard off: an edited card offers no stale buttons
        client.execute(EditMessageText.builder().chatId(piece.chatId()).messageId(target).text(piece.text())
                .parseMode(ParseMode.HTML).replyMarkup(keyboard(piece.buttons())).build());
    }

    /** A forum topic, or a message to reply to, or neither. */
    private record Where(Integer topic, ReplyParameters reply) {

        static Where of(TelegramThreads.Place place) {
            return new Where(place.topicId(), place.replyTo() == null ? null
                    : ReplyParameters.builder().messageId(place.replyTo()).allowSendingWithoutReply(true).build());
        }
    }

    private Message send(Piece piece, Where at) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = keyboard(piece.buttons());
        String caption = piece.text().isBlank() ? null : piece.text();
        long chat = piece.chatId();
        return switch (piece.method()) {
            case MESSAGE -> client.execute(SendMessage.builder().chatId(chat).text(piece.text())
                    .parseMode(ParseMode.HTML).replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case PHOTO -> client.execute(SendPhoto.builder().chatId(chat).photo(input(piece.file()))
                    .caption(caption).parseMode(ParseMode.HTML).replyMarkup(keyboard)
                    .messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case DOCUMENT -> client.execute(SendDocument.builder().chatId(chat).document(input(piece.file()))
                    .caption(caption).parseMode(ParseMode.HTML).replyMarkup(keyboard)
                    .messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case MEDIA -> media(chat, piece.media(), caption, keyboard, at);
            case EDIT -> throw new IllegalStateException("an edit is not a send");
        };
    }

    /** Passes media on by Telegram's own reference: nothing is downloaded or uploaded. */
    private Message media(long chat, Media media, String caption, InlineKeyboardMarkup keyboard, Where at)
            throws TelegramApiException {
        InputFile file = new InputFile(media.ref());
        return switch (media.type()) {
            case PHOTO -> client.execute(SendPhoto.builder().chatId(chat).photo(file).caption(caption).parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case VOICE -> client.execute(SendVoice.builder().chatId(chat).voice(file).caption(caption).parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case DOCUMENT -> client.execute(SendDocument.builder().chatId(chat).document(file).caption(caption)
                    .parseMode(ParseMode.HTML).replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case VIDEO -> client.execute(SendVideo.builder().chatId(chat).video(file).caption(caption).parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case AUDIO -> client.execute(SendAudio.builder().chatId(chat).audio(file).caption(caption).parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case ANIMATION -> client.execute(SendAnimation.builder().chatId(chat).animation(file).caption(caption)
                    .parseMode(ParseMode.HTML).replyMarkup(keyboard).messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case STICKER -> client.execute(SendSticker.builder().chatId(chat).sticker(file).replyMarkup(keyboard)
                    .messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case VIDEO_NOTE -> client.execute(SendVideoNote.builder().chatId(chat).videoNote(file).replyMarkup(keyboard)
                    .messageThreadId(at.topic()).replyParameters(at.reply()).build());
            case LOCATION -> {
                String[] latLon = media.ref().split(",", 2);
                yield client.execute(SendLocation.builder().chatId(chat).latitude(Double.parseDouble(latLon[0]))
                        .longitude(Double.parseDouble(latLon[1])).replyMarkup(keyboard)
                        .messageThreadId(at.topic()).replyParameters(at.reply()).build());
            }
        };
    }

    /** Answers a button press with a short pop-up meant only for whoever pressed it. */
    void notice(String callbackQueryId, String text) {
        call("answerCallbackQuery", null, () -> client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId).text(text).showAlert(true).build()));
    }

    /** Stops the pressed button's spinner. */
    void acknowledge(String callbackQueryId) {
        call("answerCallbackQuery", null, () -> client.execute(
                AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build()));
    }

    /** Takes the keyboard off a message whose choice has been made. */
    void clearKeyboard(long chatId, int messageId) {
        call("editMessageReplyMarkup", chatId, () -> client.execute(
                EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).build()));
    }

    /** A chart kept as its recipe is drawn here, when it is sent, not in the turn that answered with it. */
    private InputFile input(Outbound.Attachment recipeOrFile) {
        Outbound.Attachment file = drawings.shown(recipeOrFile);
        return new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName());
    }

    private static InlineKeyboardMarkup keyboard(List<List<Outbound.Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = rows.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                .toList())).toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    private static void call(String method, Long chatId, ApiCall call) {
        try {
            call.run();
        } catch (Exception e) {
            log.warn("Telegram {} to chat {} failed: {}", method,
                    chatId == null ? "-" : co.aliada.conversation.LogSafe.chat(UpdateMapper.chatKey(chatId)), Secrets.describe(e));
        }
    }

    @FunctionalInterface
    private interface ApiCall {
        void run() throws Exception;
    }
}
