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
 * may be a name, and stays.
 */
final class Courtesies {

    private static final String WORDS = "challenge.courtesy-words";
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
        return ChoiceMatcher.onlyWordsOf(text, words) ? typed : text;
    }
}
