package co.aliada.conversation;

import java.util.List;

/**
 * One reply. Its text is Telegram-style HTML ({@code <b>}, {@code <i>}, {@code <a>}) built from
 * {@code intents/} texts, with every user-supplied value escaped by {@link Html#escape}.
 *
 * @param chat     where it goes (usually the chat that wrote; a consultants' group for escalations)
 * @param text     the message, or the caption of an image or document
 * @param buttons  rows of one-tap answers
 * @param image    a picture to show (a chart), or null
 * @param document a file to attach (a transcript, a data export), or null
 */
public record Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document) {

    /** A one-tap answer; {@code data} stays within Telegram's 64 bytes of callback data. */
    public record Button(String label, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("button data over 64 bytes: " + data);
            }
        }
    }

    /** A file sent with a message. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    public Outbound {
        text = text == null ? "" : text;
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList(); // the outbox resends as is
    }

    public static Outbound text(String chat, String text) {
        return new Outbound(chat, text, List.of(), null, null);
    }

    public Outbound withButtons(List<List<Button>> rows) {
        return new Outbound(chat, text, rows, image, document);
    }

    public Outbound withImage(Attachment picture) {
        return new Outbound(chat, text, buttons, picture, document);
    }

    public Outbound withDocument(Attachment file) {
        return new Outbound(chat, text, buttons, image, file);
    }

    /** The text without markup, for channels that show plain text. */
    public String plainText() {
        return Html.toPlain(text);
    }
}
