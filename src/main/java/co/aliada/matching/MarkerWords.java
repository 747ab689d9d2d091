package co.aliada.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.content.SpellingFold;

/**
 * Marker words of the catalogue (what links a symptom to its cause, what opens a part saying who is asking)
 * as runs of folded tokens, and the longest of them that starts at a place in a text's folded tokens.
 */
final class MarkerWords {

    /** A word as the clauses compare them: letters and digits, with an apostrophe inside ("don't"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    // A sentence ends at these: "los muchachos se fueron. no saben ofrecer…" is two things told.
    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n]+");

    private MarkerWords() {
    }

    /** Each sentence of the text as its folded words (its apostrophes straightened first). */
    static List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String sentence : SENTENCE.split(straightApostrophes(text))) {
            sentences.add(tokens(WORD, sentence).folded());
        }
        return sentences;
    }

    /** A text cut by a token pattern: the tokens as written, and the same folded, index for index. */
    record Tokens(List<String> words, List<String> folded) {
    }

    static Tokens tokens(Pattern token, String text) {
        List<String> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = token.matcher(text);
        while (m.find()) {
            words.add(m.group());
            folded.add(SpellingFold.plain(m.group()));
        }
        return new Tokens(words, folded);
    }

    /** Adds the phrase, cut by {@code token} and folded as texts are, unless it has no token. */
    static void add(List<List<String>> phrases, Pattern token, String phrase) {
        List<String> folded = tokens(token, phrase).folded();
        if (!folded.isEmpty()) {
            phrases.add(List.copyOf(folded));
        }
    }

    /**
     * Adds the phrase (its apostrophes straightened, cut by {@code token} and folded as texts are) under its first word,
     * so that a text is read once whatever the length of the lists; nothing for a phrase with no token.
     */
    static void addByFirstWord(Map<String, List<List<String>>> phrases, Pattern token, String phrase) {
        List<String> folded = tokens(token, straightApostrophes(phrase)).folded();
        if (!folded.isEmpty()) {
            phrases.computeIfAbsent(folded.get(0), k -> new ArrayList<>()).add(List.copyOf(folded));
        }
    }

    /** Where the first of these phrases (kept by {@link #addByFirstWord}) starts, from {@code from} on, or -1. */
    static int firstAt(Map<String, List<List<String>>> phrases, List<String> folded, int from) {
        for (int i = from; i < folded.size(); i++) {
            List<List<String>> starting = phrases.get(folded.get(i));
            if (starting != null && longest(starting, folded, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text with the curly apostrophe phones type ("don’t") as the straight one the admins' lists are written with. */
    static String straightApostrophes(String text) {
        return text.replace('\u2019', '\'');
    }

    /** Whether a token is a word, not punctuation (the clauses' token patterns take both). */
    static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.charAt(0));
    }

    /** Length of the longest phrase (in tokens) that starts at {@code at}, or 0. */
    static int longest(List<List<String>> phrases, List<String> folded, int at) {
        int best = 0;
        for (List<String> p : phrases) {
            if (p.size() > best && at + p.size() <= folded.size() && folded.subList(at, at + p.size()).equals(p)) {
                best = p.size();
            }
        }
        return best;
    }
}
