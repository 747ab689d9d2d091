package co.aliada.conversation;

import java.util.regex.Pattern;

/**
 * A need told where a step asks something else (a challenge typed at a self-check question, or at the company-name
 * question): kept for the challenge written next, and offered to be worked on now or after the question.
 */
public final class ToldNeed {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ToldNeed() {
    }

    /**
     * The need as it is kept and said back: the text on one line, without the spaces around it nor the greeting it opens
     * with ("hola, tengo una tienda…" was said back and kept with its "hola,").
     */
    public static String of(String typed, Turn turn) {
        String line = SPACES.matcher(typed.strip()).replaceAll(" ");
        return ChoiceMatcher.afterLead(line, turn.phrases("common.need.greetings"));
    }

    /** Keeps the need and asks whether to work on it now or go on with the question; what was answered stays. */
    public static void keepAndOffer(String need, Turn turn) {
        turn.state().put(ChatState.TOLD_NEED, need);
        turn.send(turn.message("common.need-noted", "text", Html.escape(need)).withButtons(Turn.column(
                turn.button("common.button.work-on-need", CommandName.NEW_CHALLENGE.slash()),
                turn.button("common.button.back-to-question", CommandName.CONTINUE.slash()))));
    }
}
