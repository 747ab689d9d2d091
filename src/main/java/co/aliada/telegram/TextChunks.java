package co.aliada.telegram;

import java.util.ArrayList;
import java.util.List;

/** Splits a long message into pieces within Telegram's limit, at line breaks where it can. */
final class TextChunks {

    /** Characters in one message. */
    static final int MESSAGE = 4096;
    /** Characters in a photo's or a document's caption. */
    static final int CAPTION = 1024;

    private TextChunks() {
    }

    static List<String> split(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
            }
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank() || chunks.isEmpty()) {
            chunks.add(rest.stripTrailing());
        }
        return chunks;
    }
}
