package co.aliada.telegram;

import java.util.List;
import java.util.Optional;

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

    static String of(Update u) {
        return u.hasEditedMessage() ? "edited_message" : u.hasChannelPost() ? "channel_post"
                : u.hasEditedChannelPost() ? "edited_channel_post" : u.hasMyChatMember() ? "my_chat_member"
                : u.hasChatMember() ? "chat_member" : u.hasInlineQuery() ? "inline_query" : "other";
    }
}
