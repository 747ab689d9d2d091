package co.aliada.selfcheck;

import java.util.function.Supplier;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * The self-check: one question per message with five one-tap answers ({@code sc:L1:3}), progress,
 * a back button ({@code sc:back:P1}) that reopens the previous answer, and a "¿Qué significa?" button
 * ({@code sc:what:P1}) that explains the question in one line and asks it again. The answers live in the
 * chat state ({@code selfcheck.L1}), so the chat resumes at the same question after a pause or a restart.
 */
final class SelfCheckStep implements Step {

    static final String ID = "selfcheck";
    static final String DATA = "sc:";
    static final String BACK = "back";
    static final String EXPLAIN = "what";

    private final Supplier<SelfCheck> content;
    private final SelfCheckResult result;

    SelfCheckStep(Supplier<SelfCheck> content, SelfCheckResult result) {
        this.content = content;
        this.result = result;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        SelfCheck check = content.get();
        if (Boolean.parseBoolean(turn.state().get(SelfCheckResult.DONE))) {
            turn.state().clear(SelfCheckResult.PREFIX); // a retake starts over cleanly
        }
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            result.finish(turn, check);
            return;
        }
        if (current == 0 && !turn.askingAgain()) {
            turn.say("selfcheck.intro");
        }
        ask(turn, check, current);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = Answers.current(check, turn.state());
        if (current == check.questions().size()) {
            result.finish(turn, check);
            return;
        }
        String[] press = in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(DATA)
                ? in.payload().split(":", -1) : new String[0];
        if (press.length != 3) {
            turn.say("selfcheck.tap-an-answer");
            turn.notUnderstood();
            ask(turn, check, current);
            return;
        }
        Question question = check.questions().get(current);
        if (press[1].equals(BACK) && press[2].equals(question.id()) && current > 0) {
            Question previous = check.questions().get(current - 1);
            int earlier = Answers.answer(turn.state().get(Answers.key(previous)), previous);
            turn.state().put(Answers.key(previous), null);
            turn.send(QuestionMessage.of(turn, check, current - 1, earlier));
            return;
        }
        if (press[1].equals(EXPLAIN) && press[2].equals(question.id()) && question.explain() != null) {
            turn.say("selfcheck.explain", "explanation", Html.escape(question.explain().in(turn.lang())));
            ask(turn, check, current);
            return;
        }
        int answer = press[1].equals(question.id()) ? Answers.answer(press[2], question) : -1;
        if (answer < 0) {
            turn.say("selfcheck.stale");
            ask(turn, check, current);
            return;
        }
        turn.state().put(Answers.key(question), answer);
        if (current + 1 == check.questions().size()) {
            result.finish(turn, check);
        } else {
            ask(turn, check, current + 1);
        }
    }

    private static void ask(Turn turn, SelfCheck check, int index) {
        turn.send(QuestionMessage.of(turn, check, index));
    }
}
