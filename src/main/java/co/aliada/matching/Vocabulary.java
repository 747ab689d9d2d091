package co.aliada.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one indexed field, grouped by first letter, read once per catalogue version. A
 * misspelt word is compared with the few words that share its first letter and nearly its length,
 * which costs microseconds; a {@code FuzzyQuery} built its edit automaton for every query (the p99).
 */
final class Vocabulary {

    /** A word of the index near a misspelt one, and how many edits apart. */
    record Near(String term, int edits) {
    }

    private final Map<Character, List<String>> byFirst = new HashMap<>();

    Vocabulary(IndexReader reader, String field) {
        eachWord(reader, field, word -> {
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
            }
        });
    }

    /** Every word indexed in a field, in the index's order; nothing when the field is absent. */
    static void eachWord(IndexReader reader, String field, Consumer<String> word) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                word.accept(term.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code max} words within {@code maxEdits} (a swap of two letters counts as one), the closest first. */
    List<Near> near(String word, int maxEdits, int max) {
        List<Near> found = new ArrayList<>();
        for (String candidate : byFirst.getOrDefault(word.charAt(0), List.of())) {
            if (Math.abs(candidate.length() - word.length()) <= maxEdits) {
                int edits = distance(word, candidate, maxEdits);
                if (edits <= maxEdits) {
                    found.add(new Near(candidate, edits));
                }
            }
        }
        found.sort(Comparator.comparingInt(Near::edits).thenComparing(Near::term));
        return found.size() > max ? found.subList(0, max) : found;
    }

    /** Optimal string alignment distance, giving up (returning max + 1) once every alignment exceeds max. */
    static int distance(String a, String b, int max) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
