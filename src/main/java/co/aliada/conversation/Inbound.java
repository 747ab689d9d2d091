package co.aliada.conversation;

/**
 * What a person sent, on any channel.
 *
 * @param chat     the conversation, prefixed by its channel ({@code tg:123}, {@code web:abc}) so channels never collide
 * @param user     who sent it, as the channel knows them
 * @param userName a first name to address the person by, when the channel has one
 * @param langHint the language the channel reports for the person ({@code es}, {@code en-US}), or null
 * @param kind     what was sent
 * @param payload  the text, the button's data, the command with its arguments (no slash), or the media kind
 * @param eventId  a channel event id that must be handled once only (a Telegram {@code update_id}), or null
 * @param replyTo  the text of the message this one replies to (a consultant answering a case card), or null
 * @param media    the photo, voice note, file or place that came with an {@link Kind#UNSUPPORTED} message and that
 *                 the channel can pass on, or null
 * @param edited   whether this is a correction of a message sent earlier (its new text), not a new message
 * @param topical  whether {@code replyTo} only says which thread the message was written in (a case's forum
 *                 topic), rather than a message of the bot it answers: being there is not addressing the person
 */
public record Inbound(String chat, String user, String userName, String langHint, Kind kind, String payload,
                      String eventId, String replyTo, Media media, boolean edited, boolean topical) {

    /** The kinds of input the engine tells apart. */
    public enum Kind { TEXT, BUTTON, COMMAND, UNSUPPORTED }

    public Inbound {
        payload = payload == null ? "" : payload;
    }

    public Inbound(String chat, String user, String userName, String langHint, Kind kind, String payload,
                   String eventId, String replyTo) {
        this(chat, user, userName, langHint, kind, payload, eventId, replyTo, null, false, false);
    }


    public static Inbound text(String chat, String text) {
        return new Inbound(chat, chat, null, null, Kind.TEXT, text, null, null);
    }

    public static Inbound button(String chat, String data) {
        return new Inbound(chat, chat, null, null, Kind.BUTTON, data, null, null);
    }

    public static Inbound command(String chat, String command) {
        return new Inbound(chat, chat, null, null, Kind.COMMAND, command, null, null);
    }

    public static Inbound unsupported(String chat, String mediaKind) {
        return new Inbound(chat, chat, null, null, Kind.UNSUPPORTED, mediaKind, null, null);
    }

    public Inbound withLangHint(String lang) {
        return new Inbound(chat, user, userName, lang, kind, payload, eventId, replyTo, media, edited, topical);
    }

    public Inbound withEventId(String id) {
        return new Inbound(chat, user, userName, langHint, kind, payload, id, replyTo, media, edited, topical);
    }

    public Inbound withUser(String id, String name) {
        return new Inbound(chat, id, name, langHint, kind, payload, eventId, replyTo, media, edited, topical);
    }

    public Inbound withReplyTo(String text) {
        return new Inbound(chat, user, userName, langHint, kind, payload, eventId, text, media, edited, false);
    }

    /** The thread (a case's tag) the message was written in, when it replies to nothing of the bot's. */
    public Inbound inTopic(String thread) {
        return new Inbound(chat, user, userName, langHint, kind, payload, eventId, thread, media, edited, true);
    }

    /** The same message carrying media a channel can pass on. */
    public Inbound withMedia(Media passable) {
        return new Inbound(chat, user, userName, langHint, kind, payload, eventId, replyTo, passable, edited, topical);
    }

    /** The same text, as a correction of an earlier message. */
    public Inbound asEdit() {
        return new Inbound(chat, user, userName, langHint, kind, payload, eventId, replyTo, media, true, topical);
    }

    /** A command as itself, a button whose data is a command ({@code /asesor fallback}) as that command; else null. */
    public Inbound asCommand() {
        if (kind == Kind.COMMAND) {
            return this;
        }
        return kind == Kind.BUTTON && payload.startsWith("/") ? command(chat, payload.substring(1)) : null;
    }

    /** The command's name, lower case, without arguments; empty unless this is a command. */
    public String commandName() {
        if (kind != Kind.COMMAND) {
            return "";
        }
        String head = payload.strip().split("\\s+", 2)[0];
        return head.startsWith("/") ? head.substring(1).toLowerCase() : head.toLowerCase();
    }

    /** What follows the command's name, such as a deep-link payload; empty when nothing does. */
    public String commandArgs() {
        String[] parts = payload.strip().split("\\s+", 2);
        return kind == Kind.COMMAND && parts.length > 1 ? parts[1].strip() : "";
    }
}
