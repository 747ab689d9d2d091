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
 * @param media    a photo, voice note, file or place passed on by the channel's reference, {@code text} its caption; or null
 * @param thread   the thread this message belongs to in a group (a case's tag), so a channel can keep it together; or null
 * @param notice   a short word meant only for whoever pressed the button this turn answers; a channel may show it
 *                 as a pop-up instead of a message to the whole chat
 */
public record Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document,
                       Media media, String thread, boolean notice) {

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

    public Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document) {
        this(chat, text, buttons, image, document, null, null, false);
    }

    public static Outbound text(String chat, String text) {
        return new Outbound(chat, text, List.of(), null, null);
    }

    public Outbound withButtons(List<List<Button>> rows) {
        return new Outbound(chat, text, rows, image, document, media, thread, notice);
    }

    public Outbound withImage(Attachment picture) {
        return new Outbound(chat, text, buttons, picture, document, media, thread, notice);
    }

    public Outbound withDocument(Attachment file) {
        return new Outbound(chat, text, buttons, image, file, media, thread, notice);
    }

    /** Passes media on with this text as its caption. */
    public Outbound withMedia(Media passed) {
        return new Outbound(chat, text, buttons, image, document, passed, thread, notice);
    }

    /** Files this message under a thread of its chat (a case), for channels that thread group talk. */
    public Outbound inThread(String threadKey) {
        return new Outbound(chat, text, buttons, image, document, media, threadKey, notice);
    }

    /** Marks this message as meant only for whoever pressed the button. */
    public Outbound asNotice() {
        return new Outbound(chat, text, buttons, image, document, media, thread, true);
    }

    /** The text without markup, for channels that show plain text. */
    public String plainText() {
        return Html.toPlain(text);
    }
}
