package co.aliada.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;

import co.aliada.conversation.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API: one {@link Piece} of a reply (HTML text with its inline keyboard, a photo or a
 * document with its caption), and the ephemeral answers to a button press, which are never stored.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;

    TelegramSender(TelegramClient client) {
        this.client = client;
    }

    /** Sends one piece; throws what the Bot API or the network answered, for the outbox to judge. */
    void deliver(Piece piece) throws TelegramApiException {
        deliver(piece, null);
    }

    /**
     * Sends one piece, or for an {@code EDIT} changes message {@code target} of its chat (nothing when there
     * is no target: the message to edit was never sent). Answers the id of the message sent, or null.
     */
    Integer deliver(Piece piece, Integer target) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = keyboard(piece.buttons());
        String caption = piece.text().isBlank() ? null : piece.text();
        return switch (piece.method()) {
            case MESSAGE -> id(client.execute(SendMessage.builder().chatId(piece.chatId()).text(piece.text())
                    .parseMode(ParseMode.HTML).replyMarkup(keyboard).build()));
            case PHOTO -> id(client.execute(SendPhoto.builder().chatId(piece.chatId()).photo(input(piece.file()))
                    .caption(caption).parseMode(ParseMode.HTML).replyMarkup(keyboard).build()));
            case DOCUMENT -> id(client.execute(SendDocument.builder().chatId(piece.chatId()).document(input(piece.file()))
                    .caption(caption).parseMode(ParseMode.HTML).replyMarkup(keyboard).build()));
            case EDIT -> {
                if (target == null) {
                    log.debug("no message named {} in chat {} to edit; skipped", piece.ref(),
                            co.aliada.conversation.LogSafe.chat(UpdateMapper.chatKey(piece.chatId())));
                } else {
                    // without a keyboard, Telegram takes the message's keyboard off: an edited card offers no stale buttons
                    client.execute(EditMessageText.builder().chatId(piece.chatId()).messageId(target).text(piece.text())
                            .parseMode(ParseMode.HTML).replyMarkup(keyboard).build());
                }
                yield null;
            }
        };
    }

    private static Integer id(Message sent) {
        return sent == null ? null : sent.getMessageId();
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

    private static InputFile input(Outbound.Attachment file) {
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
