package co.aliada.selfcheck;

import java.util.List;

import co.aliada.conversation.ChatState;

/** The answers kept in the chat state, one key per question: {@code selfcheck.L1} = 0–4. */
final class Answers {

    private Answers() {
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
