package co.aliada.telegram;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;

/**
 * One Bot API call of an {@link Outbound}: a text part, a photo or a document with its caption. A long
 * text becomes several pieces (the keyboard rides on the last), a caption too long for a file goes as
 * a text after it; each piece is stored, sent and marked on its own. A piece may carry the reply's
 * {@link Outbound.Ref} name: the message it sends is remembered under it, or (an {@code EDIT}) the
 * message remembered under it gets the piece's text and keyboard.
 */
record Piece(long chatId, Method method, String text, List<List<Outbound.Button>> buttons, Outbound.Attachment file,
             Media media, String thread, String ref) {

    /** {@code MEDIA}: passed on by the channel's own reference ({@link Media#ref()}), no bytes. */
    enum Method { MESSAGE, PHOTO, DOCUMENT, MEDIA, EDIT }

    Piece {
        buttons = buttons == null ? List.of() : buttons;
    }

    Piece(long chatId, Method method, String text, List<List<Outbound.Button>> buttons, Outbound.Attachment file) {
        this(chatId, method, text, buttons, file, null, null, null);
    }

    /** The calls that send a reply, in order; nothing for chats of other channels. */
    static List<Piece> of(Outbound reply) {
        Long chatId = UpdateMapper.chatId(reply.chat()).orElse(null);
        if (chatId == null) {
            return List.of();
        }
        String ref = reply.ref() == null ? null : reply.ref().name();
        if (reply.replaces()) {
            // an edit is one message: its text was built to fit one
            return List.of(new Piece(chatId, Method.EDIT, TextChunks.split(reply.text().isBlank() ? "…" : reply.text(),
                    TextChunks.MESSAGE).get(0), reply.buttons(), null, null, reply.thread(), ref));
        }
        if (reply.media() != null) {
            return media(chatId, reply);
        }
        List<Piece> pieces = new ArrayList<>();
        Outbound.Attachment file = reply.image() != null ? reply.image() : reply.document();
        boolean fits = reply.text().length() <= TextChunks.CAPTION;
        if (file != null) {
            Method method = reply.image() != null ? Method.PHOTO : Method.DOCUMENT;
            pieces.add(new Piece(chatId, method, fits ? reply.text() : "", fits ? reply.buttons() : List.of(), file,
                    null, reply.thread(), fits ? ref : null));
            if (fits) {
                return pieces;
            }
        }
        List<String> chunks = TextChunks.split(reply.text().isBlank() ? "…" : reply.text(), TextChunks.MESSAGE);
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            pieces.add(new Piece(chatId, Method.MESSAGE, chunks.get(i), last ? reply.buttons() : List.of(), null, null,
                    reply.thread(), last ? ref : null));
        }
        return pieces;
    }

    /**
     * Media with its text as the caption when Telegram takes one that long; otherwise the text goes first
     * (it names the case, so it leads), then the media alone.
     */
    private static List<Piece> media(long chatId, Outbound reply) {
        Media media = reply.media();
        if (media.takesCaption() && reply.text().length() <= TextChunks.CAPTION) {
            return List.of(new Piece(chatId, Method.MEDIA, reply.text(), reply.buttons(), null, media, reply.thread(), null));
        }
        List<Piece> pieces = new ArrayList<>();
        if (!reply.text().isBlank()) {
            List<String> chunks = TextChunks.split(reply.text(), TextChunks.MESSAGE);
            chunks.forEach(chunk -> pieces.add(new Piece(chatId, Method.MESSAGE, chunk, List.of(), null, null, reply.thread(), null)));
        }
        pieces.add(new Piece(chatId, Method.MEDIA, "", reply.buttons(), null, media, reply.thread(), null));
        return pieces;
    }

    /** Groups and channels have negative ids; Telegram limits them per minute. */
    boolean toGroup() {
        return chatId < 0;
    }
}
