package co.aliada.telegram;

import java.util.List;

import co.aliada.admin.AdminDesk;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A document an admin sends the bot in a private chat is a content file to put live: it is fetched
 * from Telegram and handed to the {@link AdminDesk}, which answers. Anyone else's document goes on to
 * the conversation, which says kindly what the bot can use.
 */
class AdminUploads {

    static final AdminUploads NONE = new AdminUploads(null, null, null) {
        @Override
        boolean take(Update update) {
            return false;
        }
    };
    private static final Logger log = LoggerFactory.getLogger(AdminUploads.class);

    private final AdminDesk desk;
    private final FileDownloads files;
    private final Delivery delivery;

    AdminUploads(AdminDesk desk, FileDownloads files, Delivery delivery) {
        this.desk = desk;
        this.files = files;
        this.delivery = delivery;
    }

    /** Handles the update when it is an admin's document; false to let the conversation have it. */
    boolean take(Update update) {
        Message message = update.getMessage();
        if (message == null || !message.hasDocument() || message.getFrom() == null || !message.getChat().isUserChat()) {
            return false;
        }
        String user = String.valueOf(message.getFrom().getId());
        if (!desk.isAdmin(user)) {
            return false;
        }
        String lang = Texts.language(message.getFrom().getLanguageCode());
        Document document = message.getDocument();
        byte[] content;
        try {
            content = files.download(document.getFileId(), AdminDesk.MAX_UPLOAD_BYTES);
        } catch (TelegramApiException e) {
            log.warn("could not fetch the file an admin sent: {}", Secrets.describe(e));
            return false; // the conversation answers the document as it would anyone's
        }
        List<String> answers = desk.upload(user, lang, document.getFileName(), message.getCaption(), content);
        String chat = UpdateMapper.chatKey(message.getChatId());
        delivery.deliver(answers.stream().map(text -> Outbound.text(chat, text)).toList());
        return true;
    }
}
