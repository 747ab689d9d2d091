package co.aliada.selfcheck;

import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Turn;

/**
 * "espera, la anterior era la 3", "the previous one should be 3": a change of mind about the previous question's
 * answer, with the option it should be. Taken there, said back, and the question on screen comes again. It had paused
 * the questions ("espera"), proposed an option of the question on screen, or asked to tap one; without an option named
 * the ⬅️ button's words still go back to the previous question.
 */
final class PreviousAnswerChange implements Recall {

    /** Words that name the previous question ("la anterior", "previous question"). */
    private static final String MENTIONS = "selfcheck.previous.mentions";
    /** A change of mind is told in a few words; a longer text tells something else. */
    private static final int MAX_WORDS = 12;

    private final Supplier<SelfCheck> content;

    PreviousAnswerChange(Supplier<SelfCheck> content) {
        this.content = content;
    }

    @Override
    public boolean answer(Inbound in, Turn turn) {
        ChatState state = turn.state();
        String typed = in.payload();
        if (!SelfCheckStep.ID.equals(state.step()) || ChoiceMatcher.wordCount(typed) > MAX_WORDS
                || ChoiceMatcher.mentioned(typed, turn.phrases(MENTIONS)).isEmpty()) {
            return false;
        }
        SelfCheck check = content.get();
        int current = Answers.current(check, state);
        if (current == 0 || current == check.questions().size()) {
            return false;
        }
        Question previous = check.questions().get(current - 1);
        // the option is named after the question ("…era la 3"): "the previous one" names no option 1
        String led = ChoiceMatcher.afterLead(typed, turn.phrases(MENTIONS));
        String said = led.equals(typed.strip()) ? ChoiceMatcher.afterWithin(typed, turn.phrases(MENTIONS)) : led;
        List<Integer> named = ChoiceMatcher.Numbers.of(turn.texts()).allIn(said, previous.options().size());
        if (named.size() != 1) {
            return false;
        }
        int option = named.get(0) - 1;
        state.put(Answers.key(previous), option);
        turn.say("selfcheck.previous.changed", "number", current,
                "answer", QuestionMessage.mark(option) + Html.escape(previous.options().get(option).in(turn.lang())));
        turn.repeatStep();
        return true;
    }
}
