package co.aliada.telegram;

import java.util.List;
import java.util.Optional;

import co.aliada.conversation.Media;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Names what an update or a message carries, for media the bot cannot use and for quiet logging. */
final class UpdateKinds {

    static final List<String> MEDIA = List.of("sticker", "voice", "video_note", "audio", "animation", "photo",
            "video", "document", "venue", "location", "contact", "poll", "dice", "other");

    private UpdateKinds() {
    }

    static Optional<String> media(Message m) {
        String kind = m.hasSticker() ? "sticker" : m.hasVoice() ? "voice" : m.hasVideoNote() ? "video_note"
                : m.hasAudio() ? "audio" : m.hasAnimation() ? "animation" : m.hasPhoto() ? "photo"
                : m.hasVideo() ? "video" : m.hasDocument() ? "document" : m.getVenue() != null ? "venue"
                : m.hasLocation() ? "location" : m.hasContact() ? "contact" : m.hasPoll() ? "poll"
                : m.hasDice() ? "dice" : m.hasGame() || m.hasStory() || m.hasPaidMedia() ? "other" : null;
        return Optional.ofNullable(kind);
    }

    /** What of the message can be passed on by reference (Telegram's {@code file_id}), with its caption. */
    static Optional<Media> passable(Message m) {
        Media.Type type;
        String ref;
        if (m.hasPhoto() && !m.getPhoto().isEmpty()) {
            type = Media.Type.PHOTO;
            ref = m.getPhoto().get(m.getPhoto().size() - 1).getFileId(); // the largest size
        } else if (m.hasSticker()) {
            type = Media.Type.STICKER;
            ref = m.getSticker().getFileId();
        } else if (m.hasVoice()) {
            type = Media.Type.VOICE;
            ref = m.getVoice().getFileId();
        } else if (m.hasVideoNote()) {
            type = Media.Type.VIDEO_NOTE;
            ref = m.getVideoNote().getFileId();
        } else if (m.hasAudio()) {
            type = Media.Type.AUDIO;
            ref = m.getAudio().getFileId();
        } else if (m.hasAnimation()) {
            type = Media.Type.ANIMATION;
            ref = m.getAnimation().getFileId();
        } else if (m.hasVideo()) {
            type = Media.Type.VIDEO;
            ref = m.getVideo().getFileId();
        } else if (m.hasDocument()) {
            type = Media.Type.DOCUMENT;
            ref = m.getDocument().getFileId();
        } else if (m.hasLocation()) {
            type = Media.Type.LOCATION;
            ref = m.getLocation().getLatitude() + "," + m.getLocation().getLongitude();
        } else {
            return Optional.empty();
        }
        return ref == null || ref.isBlank() ? Optional.empty() : Optional.of(new Media(type, ref, m.getCaption()));
    }

    static String of(Update u) {
        return u.hasEditedMessage() ? "edited_message" : u.hasChannelPost() ? "channel_post"
                : u.hasEditedChannelPost() ? "edited_channel_post" : u.hasMyChatMember() ? "my_chat_member"
                : u.hasChatMember() ? "chat_member" : u.hasInlineQuery() ? "inline_query" : "other";
    }
}
