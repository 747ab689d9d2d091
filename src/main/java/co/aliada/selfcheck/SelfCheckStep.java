package co.aliada.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * The self-check: one question per message with five one-tap answers ({@code sc:L1:3}), progress,
 * and a back button ({@code sc:back:P1}) that reopens the previous answer. The answers live in the
 * chat state ({@code selfcheck.L1}), so the chat resumes at the same question after a pause or a restart.
 */
final class SelfCheckStep implements Step {

    static final String ID = "selfcheck";
    static final String DATA = "sc:";
    static final String BACK = "back";

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
    public void enter(Turn turn) {
        SelfCheck check = content.get();
        if (Boolean.parseBoolean(turn.state().get(SelfCheckResult.DONE))) {
            turn.state().clear(SelfCheckResult.PREFIX); // a retake starts over cleanly
        }
        int current = current(check, turn.state());
        if (current == check.questions().size()) {
            result.finish(turn, check);
            return;
        }
        if (current == 0) {
            turn.say("selfcheck.intro");
        }
        ask(turn, check, current);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        SelfCheck check = content.get();
        int current = current(check, turn.state());
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
            turn.state().put(key(check.questions().get(current - 1)), null);
            ask(turn, check, current - 1);
            return;
        }
        int answer = press[1].equals(question.id()) ? answer(press[2], question) : -1;
        if (answer < 0) {
            turn.say("selfcheck.stale");
            ask(turn, check, current);
            return;
        }
        turn.state().put(key(question), answer);
        if (current + 1 == check.questions().size()) {
            result.finish(turn, check);
        } else {
            ask(turn, check, current + 1);
        }
    }

    private static void ask(Turn turn, SelfCheck check, int index) {
        Question question = check.questions().get(index);
        String lang = turn.lang();
        StringBuilder text = new StringBuilder(turn.text("selfcheck.question", "number", index + 1,
                "total", check.questions().size(), "area", Html.escape(check.area(question.area()).name().in(lang))));
        text.append("\n\n").append(Html.escape(question.text().in(lang)));
        if (question.hint() != null) {
            text.append("\n<i>").append(Html.escape(question.hint().in(lang))).append("</i>");
        }
        List<List<Outbound.Button>> rows = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            rows.add(List.of(new Outbound.Button(question.options().get(i).in(lang), DATA + question.id() + ":" + i)));
        }
        if (index > 0) {
            rows.add(List.of(turn.button("selfcheck.button.back", DATA + BACK + ":" + question.id())));
        }
        turn.send(Outbound.text(turn.state().chat(), text.toString()).withButtons(rows));
    }

    /** The index of the first question without a valid answer; the number of questions when all have one. */
    static int current(SelfCheck check, ChatState state) {
        List<Question> questions = check.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (answer(state.get(key(questions.get(i))), questions.get(i)) < 0) {
                return i;
            }
        }
        return questions.size();
    }

    static String key(Question question) {
        return SelfCheckResult.PREFIX + question.id();
    }

    /** The option index, or -1 when the value is not one of the question's options. */
    static int answer(String value, Question question) {
        if (value == null || !value.matches("\\d")) {
            return -1;
        }
        int answer = Integer.parseInt(value);
        return answer < question.options().size() ? answer : -1;
    }
}
