package co.aliada.selfcheck;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** One question as a message: progress and area, the question and its hint, five answers, what the question means on demand, and a way back. */
final class QuestionMessage {

    /** Narrow phones cut long button labels, so the answers are also listed in full, numbered, in the message. */
    private static final List<String> MARKS = List.of("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣");

    private QuestionMessage() {
    }

    /** An option's number as its button shows it ("3️⃣ "), before its wording. */
    static String mark(int option) {
        return option < MARKS.size() ? MARKS.get(option) + " " : "";
    }

    static Outbound of(Turn turn, SelfCheck check, int index) {
        return of(turn, check, index, -1);
    }

    /** The question asked again after "⬅️ Atrás", with the answer it had ({@code earlier}; -1 for none) below it. */
    static Outbound of(Turn turn, SelfCheck check, int index, int earlier) {
        Question question = check.questions().get(index);
        String lang = turn.lang();
        StringBuilder text = new StringBuilder(turn.text("selfcheck.question", "number", index + 1,
                "total", check.questions().size(), "area", Html.escape(check.area(question.area()).name().in(lang))));
        text.append("\n\n").append(Html.escape(question.text().in(lang)));
        if (question.hint() != null) {
            text.append("\n<i>").append(Html.escape(question.hint().in(lang))).append("</i>");
        }
        List<List<Outbound.Button>> rows = new ArrayList<>();
        text.append('\n');
        for (int i = 0; i < question.options().size(); i++) {
            String data = SelfCheckStep.DATA + question.id() + ":" + i;
            String option = question.options().get(i).in(lang);
            String mark = mark(i);
            text.append('\n').append(mark).append(Html.escape(option));
            rows.add(List.of(new Outbound.Button(mark + option, data)));
        }
        if (earlier >= 0) {
            String mark = mark(earlier);
            text.append("\n\n").append(turn.text("selfcheck.back.earlier",
                    "answer", mark + Html.escape(question.options().get(earlier).in(lang))));
        }
        if (question.explain() != null) {
            rows.add(List.of(turn.button("selfcheck.button.explain",
                    SelfCheckStep.DATA + SelfCheckStep.EXPLAIN + ":" + question.id())));
        }
        if (index > 0) {
            String back = SelfCheckStep.DATA + SelfCheckStep.BACK + ":" + question.id();
            rows.add(List.of(turn.button("selfcheck.button.back", back)));
        }
        return Outbound.text(turn.state().chat(), text.toString()).withButtons(rows);
    }
}
