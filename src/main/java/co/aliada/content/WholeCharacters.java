package co.aliada.content;

import java.io.Reader;

/**
 * Reads a text without ever ending a read between the two halves of a character outside the basic plane (most
 * emoji). The YAML parser reads in windows of 1,024 characters and fails ({@code IndexOutOfBoundsException}) when a
 * window ends on the first half of such a character: an admin's file with an emoji at that very place would be
 * refused, or stop the bot from starting, for no fault of its own.
 */
final class WholeCharacters extends Reader {

    private final String text;
    private int next;

    WholeCharacters(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (next >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), next + length);
        if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // keep the pair for the next read
        }
        text.getChars(next, end, buffer, offset);
        int read = end - next;
        next = end;
        return read;
    }

    @Override
    public void close() {
    }
}
