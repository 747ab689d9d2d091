package co.aliada.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import co.aliada.catalog.Causes;

/**
 * The part of a text that tells a cause, found with the admins' cause words ({@code causes.yml}): the words
 * after "porque" or "due to" up to the end of their sentence, or those before "por eso" from the start of
 * theirs. People often complain in market words of what has its cause elsewhere ("las ventas bajaron
 * porque la ropa destiñe"); the service that helps is the cause's. Both languages' words are looked for
 * in every text, as the matcher searches both languages. Built once per catalogue version.
 */
final class CauseClause {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[.;!?]+");
    // Words are compared in lower case without accents, not spelling-folded as the analyzers do: that fold makes
    // "pq" (porque) and "pc" (computer) one word, so the spellings people use ("porke", "xq") are listed in the file.

    private final List<List<String>> after = new ArrayList<>();
    private final List<List<String>> before = new ArrayList<>();

    CauseClause(Causes causes) {
        for (String lang : Fields.LANGS) {
            causes.after(lang).forEach(w -> add(after, w));
            causes.before(lang).forEach(w -> add(before, w));
        }
    }

    /** The cause the text tells (at its first cause word that has one), or null when it tells none. */
    String of(String text) {
        MarkerWords.Tokens tokens = MarkerWords.tokens(TOKEN, text);
        List<String> words = tokens.words();
        List<String> folded = tokens.folded();
        for (int i = 0; i < words.size(); i++) {
            int length = MarkerWords.longest(after, folded, i);
            if (length > 0) {
                String cause = join(words, i + length, end(folded, i + length, 1));
                if (cause != null) {
                    return cause;
                }
            }
            length = MarkerWords.longest(before, folded, i);
            if (length > 0) {
                String cause = join(words, end(folded, i - 1, -1) + 1, i);
                if (cause != null) {
                    return cause;
                }
            }
        }
        return null;
    }

    private static void add(List<List<String>> phrases, String phrase) {
        MarkerWords.add(phrases, TOKEN, phrase);
    }

    /** From {@code from}, walking by {@code step}, the index of the sentence's edge (exclusive) in that direction. */
    private static int end(List<String> folded, int from, int step) {
        int i = from;
        while (i >= 0 && i < folded.size() && !isStop(folded.get(i))) {
            i += step;
        }
        return i;
    }

    private static boolean isStop(String token) {
        return !Character.isLetterOrDigit(token.charAt(0));
    }

    private static String join(List<String> words, int from, int to) {
        return from < to ? String.join(" ", words.subList(from, to)) : null;
    }
}
