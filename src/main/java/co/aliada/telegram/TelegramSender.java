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
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends {@link Outbound} replies through the Bot API: HTML text with inline keyboards, photos and
 * documents with captions, long texts split. Failures are logged without the token and never thrown.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;

    TelegramSender(TelegramClient client) {
        this.client = client;
    }

    void send(Outbound reply) {
        Long chatId = UpdateMapper.chatId(reply.chat()).orElse(null);
        if (chatId == null) {
            log.debug("reply for {} is not for Telegram", reply.chat());
            return;
        }
        InlineKeyboardMarkup keyboard = keyboard(reply.buttons());
        Outbound.Attachment file = reply.image() != null ? reply.image() : reply.document();
        if (file == null) {
            sendText(chatId, reply.text(), keyboard);
            return;
        }
        boolean fits = reply.text().length() <= TextChunks.CAPTION;
        String caption = fits && !reply.text().isBlank() ? reply.text() : null;
        InlineKeyboardMarkup fileKeyboard = fits ? keyboard : null;
        InputFile input = new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName());
        call(reply.image() != null ? "sendPhoto" : "sendDocument", chatId, () -> {
            if (reply.image() != null) {
                client.execute(SendPhoto.builder().chatId(chatId).photo(input).caption(caption)
                        .parseMode(ParseMode.HTML).replyMarkup(fileKeyboard).build());
            } else {
                client.execute(SendDocument.builder().chatId(chatId).document(input).caption(caption)
                        .parseMode(ParseMode.HTML).replyMarkup(fileKeyboard).build());
            }
        });
        if (!fits) {
            sendText(chatId, reply.text(), keyboard);
        }
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

    private void sendText(long chatId, String text, InlineKeyboardMarkup keyboard) {
        List<String> chunks = TextChunks.split(text.isBlank() ? "…" : text, TextChunks.MESSAGE);
        for (int i = 0; i < chunks.size(); i++) {
            String chunk = chunks.get(i);
            InlineKeyboardMarkup markup = i == chunks.size() - 1 ? keyboard : null;
            call("sendMessage", chatId, () -> client.execute(SendMessage.builder().chatId(chatId).text(chunk)
                    .parseMode(ParseMode.HTML).replyMarkup(markup).build()));
        }
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
            log.warn("Telegram {} to chat {} failed: {}", method, chatId, Secrets.describe(e));
        }
    }

    @FunctionalInterface
    private interface ApiCall {
        void run() throws Exception;
    }
}
