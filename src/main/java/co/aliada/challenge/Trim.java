package co.aliada.challenge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** Cuts texts to Telegram's and the content's limits without breaking words or markup. */
final class Trim {

    /** Telegram's limit for one message. */
    static final int MESSAGE = 4096;
    private static final String ELLIPSIS = "…";

    private Trim() {
    }

    /** What a person typed on one line (line breaks are spaces too), cut as {@link #words} cuts. */
    static String oneLine(String typed, int max) {
        return words(typed.replaceAll("\\s+", " "), max);
    }

    /**
     * More of a text typed in several messages: the earlier part (if any), a space, the next, on one line and cut. A
     * next part that says the earlier one again ("panela", then "la panela q sacamos no tiene registro") stands alone.
     */
    static String joined(String earlier, String next, int max) {
        return oneLine(earlier == null || repeats(next, earlier) ? next : earlier + " " + next, max);
    }

    /** Whether the earlier words come again, in order, within the next ones (case, accents and marks aside). */
    private static boolean repeats(String next, String earlier) {
        List<String> start = comparable(earlier);
        return !start.isEmpty() && Collections.indexOfSubList(comparable(next), start) >= 0;
    }

    private static List<String> comparable(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** The text with collapsed spaces, cut at a word boundary to at most {@code max} characters. */
    static String words(String text, int max) {
        String clean = text == null ? "" : text.strip().replaceAll("[ \\t]+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        String cut = clean.substring(0, max - ELLIPSIS.length());
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + ELLIPSIS;
    }

    /**
     * Joins whole lines while they fit in {@code max} characters (each line is complete HTML); when
     * some do not fit, ends with {@code more} of how many were left out.
     */
    static String lines(List<String> lines, int max, IntFunction<String> more) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String rest = more.apply(lines.size() - i);
            int room = last ? max : max - rest.length() - 1;
            if (out.length() + lines.get(i).length() > room) {
                return out.append(rest).toString();
            }
            out.append(lines.get(i));
            if (!last) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
