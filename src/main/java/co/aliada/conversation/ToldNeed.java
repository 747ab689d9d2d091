package co.aliada.conversation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A need told where a step asks something else (a challenge typed at a self-check question, or at the company-name
 * question): kept for the challenge written next, and offered to be worked on now or after the question.
 */
public final class ToldNeed {

    /** Greetings a told need may open with ("hola, tengo una tienda y no vendo"): not kept with it, nor said back. */
    static final String GREETINGS = "common.need.greetings";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{P}\\s]+");

    private ToldNeed() {
    }

    /**
     * The need as it is kept and said back: the text on one line, without the spaces around it nor the greeting it opens
     * with ("hola, tengo una tienda…" was said back and kept with its "hola,").
     */
    public static String of(String typed, Turn turn) {
        return withoutGreetings(SPACES.matcher(typed.strip()).replaceAll(" "), turn.phrases(GREETINGS));
    }

    /**
     * The text without the greetings it opens with, stripped; greetings come in a row ("buenas, q tal. tengo una
     * tiendita…", "hi, good morning! we run…"): each is left out, not only the first.
     */
    static String withoutGreetings(String typed, Set<String> greetings) {
        String line = typed.strip();
        String rest = ChoiceMatcher.afterLead(line, greetings);
        while (!rest.equals(line)) {
            // "cómo está? tenemos…": the greeting's own mark goes with it
            line = LEADING_MARKS.matcher(rest).replaceFirst("");
            rest = ChoiceMatcher.afterLead(line, greetings);
        }
        return rest;
    }

    /** Keeps the need and asks whether to work on it now or go on with the question; what was answered stays. */
    public static void keepAndOffer(String need, Turn turn) {
        turn.state().put(ChatState.TOLD_NEED, need);
        turn.send(turn.message("common.need-noted", "text", Html.escape(need)).withButtons(Turn.column(
                turn.button("common.button.work-on-need", CommandName.NEW_CHALLENGE.slash()),
                turn.button("common.button.back-to-question", CommandName.CONTINUE.slash()))));
    }
}
