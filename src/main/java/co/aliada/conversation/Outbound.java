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
 * @param ref      a name that lets a later message replace this one in place, or the name of the message this
 *                 one replaces; null for neither
 */
public record Outbound(String chat, String text, List<List<Button>> buttons, Attachment image, Attachment document,
                       Media media, String thread, boolean notice, Ref ref) {

    /** A one-tap answer; {@code data} stays within Telegram's 64 bytes of callback data. */
    public record Button(String label, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("button data over 64 bytes: " + data);
            }
        }

        /** Whether pressing it runs a command ("/ayuda", "/servicio 1 0"), as {@link Inbound#asCommand} reads it. */
        public boolean runsCommand() {
            return data.startsWith("/");
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
        this(chat, text, buttons, image, document, null, null, false, null);
    }

    public static Outbound text(String chat, String text) {
        return new Outbound(chat, text, List.of(), null, null);
    }

    /** New text (and buttons, none by default) for the message of this chat sent under {@code name}. */
    public static Outbound replacing(String chat, String name, String text) {
        return new Outbound(chat, text, List.of(), null, null, null, null, false, new Ref(name, true));
    }

    /** This message, sent under {@code name} so that a later one may replace it. */
    public Outbound named(String name) {
        return new Outbound(chat, text, buttons, image, document, media, thread, notice, new Ref(name, false));
    }

    /** Whether this replaces an earlier message rather than adding one. */
    public boolean replaces() {
        return ref != null && ref.replaces();
    }

    public Outbound withButtons(List<List<Button>> rows) {
        return new Outbound(chat, text, rows, image, document, media, thread, notice, ref);
    }

    public Outbound withImage(Attachment picture) {
        return new Outbound(chat, text, buttons, picture, document, media, thread, notice, ref);
    }

    public Outbound withDocument(Attachment file) {
        return new Outbound(chat, text, buttons, image, file, media, thread, notice, ref);
    }

    /** Passes media on with this text as its caption. */
    public Outbound withMedia(Media passed) {
        return new Outbound(chat, text, buttons, image, document, passed, thread, notice, ref);
    }

    /** Files this message under a thread of its chat (a case), for channels that thread group talk. */
    public Outbound inThread(String threadKey) {
        return new Outbound(chat, text, buttons, image, document, media, threadKey, notice, ref);
    }

    /** Marks this message as meant only for whoever pressed the button. */
    public Outbound asNotice() {
        return new Outbound(chat, text, buttons, image, document, media, thread, true, ref);
    }

    /** The same message with another text, keeping everything else. */
    public Outbound withText(String newText) {
        return new Outbound(chat, newText, buttons, image, document, media, thread, notice, ref);
    }

    /** The text without markup, for channels that show plain text. */
    public String plainText() {
        return Html.toPlain(text);
    }
}
