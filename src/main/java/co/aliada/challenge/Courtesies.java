package co.aliada.challenge;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * A greeting before a challenge typed at once and thanks after it ("hello! well, our problem is … thanks!"): said to the
 * bot, not of the business. They had been kept word for word in the challenge, its "In your words" line and its
 * restatement. Only a stretch up to a stop made of such words goes; a greeting without a stop ("Hola Café vende poco")
 * may be a name, and stays. A laugh closing the text goes even with no stop before it ("se nos daña la fruta jaja").
 */
final class Courtesies {

    private static final String WORDS = "challenge.courtesy-words";
    private static final String LAUGHS = "challenge.laugh-words";
    /** The text before its last word, and that word. */
    private static final Pattern LAST_WORD = Pattern.compile("(.*\\S)\\s+(\\S+)\\s*", Pattern.DOTALL);
    /** The first stretch up to a stop, and the rest. */
    private static final Pattern FIRST = Pattern.compile("\\s*[¡¿]*([^,.;:!?¡¿]+)[,.;:!?]+\\s*(\\S.*)", Pattern.DOTALL);
    /** The text up to its last stop, and the last stretch after it. */
    private static final Pattern LAST = Pattern.compile("(.*?)([,;:]*)([.!?]*)\\s*[¡¿]*([^,.;:!?¡¿]+)[.!?\\s]*", Pattern.DOTALL);

    private Courtesies() {
    }

    /** The challenge without the greetings that open it and the thanks that close it; the text itself if nothing is left. */
    static String without(String typed, Turn turn) {
        Set<String> words = turn.phrases(WORDS);
        String text = typed.strip();
        for (Matcher first = FIRST.matcher(text); first.matches() && ChoiceMatcher.onlyWordsOf(first.group(1), words);
                first = FIRST.matcher(text)) {
            text = first.group(2).strip();
        }
        for (Matcher last = LAST.matcher(text); last.matches() && !last.group(1).isBlank()
                && ChoiceMatcher.onlyWordsOf(last.group(4), words); last = LAST.matcher(text)) {
            // "…se me pierden, gracias": the comma goes with the thanks; "…run out of cash. thanks!" keeps its stop
            text = (last.group(1) + last.group(3)).strip();
        }
        Set<String> laughs = turn.phrases(LAUGHS);
        for (Matcher last = LAST_WORD.matcher(text); last.matches() && ChoiceMatcher.onlyWordsOf(last.group(2), laughs);
                last = LAST_WORD.matcher(text)) {
            text = last.group(1).replaceAll("[,;:\\s]+$", "");
        }
        return ChoiceMatcher.onlyWordsOf(text, words) || ChoiceMatcher.onlyWordsOf(text, laughs) ? typed : text;
    }
}
