package co.aliada.challenge;

import java.util.Optional;
import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;

/**
 * "y para exportar?", "and for exporting?" after a list: a short follow-up that names a new goal, past one of
 * challenge.next.new-goal-leads. It had been "No tengo esa respuesta": it is offered as a new challenge that starts from
 * the goal, as a short need typed at the driver question starts one ("Anoté: exportar"), the rest told after the driver.
 */
final class NewGoal {

    /** A goal named in a few words; a longer text after "y para" tells a challenge of its own and is read as one. */
    private static final int GOAL_WORDS = 5;
    /** A goal names something in a word of its own ("y para el 2?" names a service of the list, not a goal). */
    private static final int WORD_LETTERS = 4;

    private NewGoal() {
    }

    /** The goal a text names after its follow-up lead, without the question marks, if it is one. */
    static Optional<String> in(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || !ChoiceMatcher.begins(in.payload(), turn.phrases("challenge.next.new-goal-leads"))) {
            return Optional.empty();
        }
        String goal = ChoiceMatcher.afterLead(in.payload(), turn.phrases("challenge.next.new-goal-leads"))
                .replaceAll("[¿?¡!.]+", " ").strip();
        Set<String> questions = turn.phrases("common.choice.question-words");
        if (goal.isEmpty() || ChoiceMatcher.wordCount(goal) > GOAL_WORDS || ChoiceMatcher.saysOneOf(goal, questions)
                || ChoiceMatcher.begins(goal, questions) || !namesSomething(goal)) {
            return Optional.empty(); // "y para qué sirve?" asks about the list, "y para cuándo?" when
        }
        return Optional.of(goal);
    }

    private static boolean namesSomething(String goal) {
        return java.util.Arrays.stream(goal.split("[^\\p{L}]+")).anyMatch(word -> word.length() >= WORD_LETTERS);
    }
}
