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
 * @param ref      a name that lets a later message replace this one in place, or the name of the message this
 *                 one replaces; null for neither
 */
public record Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document,
                       Ref ref) {

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

    /**
     * A message's name within its chat (a case's card): {@code replaces} false names the message being sent,
     * true replaces the text and buttons of the one sent under that name. A channel that cannot edit what it
     * sent, or never sent that name, drops a replacement.
     */
    public record Ref(String name, boolean replaces) {
    }

    public Outbound {
        text = text == null ? "" : text;
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList(); // the outbox resends as is
    }

    public Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document) {
        this(chat, text, buttons, image, document, null);
    }

    public static Outbound text(String chat, String text) {
        return new Outbound(chat, text, List.of(), null, null);
    }

    /** New text (and buttons, none by default) for the message of this chat sent under {@code name}. */
    public static Outbound replacing(String chat, String name, String text) {
        return new Outbound(chat, text, List.of(), null, null, new Ref(name, true));
    }

    /** This message, sent under {@code name} so that a later one may replace it. */
    public Outbound named(String name) {
        return new Outbound(chat, text, buttons, image, document, new Ref(name, false));
    }

    /** Whether this replaces an earlier message rather than adding one. */
    public boolean replaces() {
        return ref != null && ref.replaces();
    }

    public Outbound withButtons(List<List<Button>> rows) {
        return new Outbound(chat, text, rows, image, document, ref);
    }

    public Outbound withImage(Attachment picture) {
        return new Outbound(chat, text, buttons, picture, document, ref);
    }

    public Outbound withDocument(Attachment file) {
        return new Outbound(chat, text, buttons, image, file, ref);
    }

    /** The same message with another text, keeping everything else. */
    public Outbound withText(String newText) {
        return new Outbound(chat, newText, buttons, image, document, ref);
    }

    /** The text without markup, for channels that show plain text. */
    public String plainText() {
        return Html.toPlain(text);
    }
}
