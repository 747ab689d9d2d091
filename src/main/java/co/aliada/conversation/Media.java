package co.aliada.conversation;

/**
 * A photo, voice note, file or place that a channel can pass on by its own reference, without the bytes
 * ever reaching the bot (Telegram's {@code file_id}; a location's {@code latitude,longitude}).
 *
 * @param type    what it is
 * @param ref     the channel's reference to it, opaque to every feature
 * @param caption what the sender wrote with it, or null
 */
public record Media(Type type, String ref, String caption) {

    /** The kinds a channel can pass on as they are. */
    public enum Type { PHOTO, VOICE, DOCUMENT, VIDEO, AUDIO, STICKER, ANIMATION, VIDEO_NOTE, LOCATION }

    public Media {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(ref, "ref");
        caption = caption == null || caption.isBlank() ? null : caption;
    }

    /** Whether a caption can go with it; stickers, round videos and places go without. */
    public boolean takesCaption() {
        return type != Type.STICKER && type != Type.VIDEO_NOTE && type != Type.LOCATION;
    }

    /** The lower-case name used in texts and transcripts ({@code photo}, {@code voice}…). */
    public String kind() {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
