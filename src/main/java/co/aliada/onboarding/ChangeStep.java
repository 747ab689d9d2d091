package co.aliada.onboarding;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * A profile question asked again to change its answer ({@code /perfil}): the onboarding step itself, built for the change,
 * and a way out that keeps the answer as it was ("déjelo así", "atrás"), typed at any of them.
 */
final class ChangeStep implements Step {

    private static final String KEEP_WORDS = "profile.change.keep-words";

    private final Step asked;

    ChangeStep(Step asked) {
        this.asked = asked;
    }

    @Override
    public String id() {
        return asked.id();
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public boolean expectsText() {
        return asked.expectsText();
    }

    @Override
    public boolean saysBackItsAnswer() {
        return true; // "Listo, ahora su sector es …" once the change is kept
    }

    @Override
    public boolean midSentence(ChatState state) {
        return asked.midSentence(state);
    }

    @Override
    public void enter(Turn turn) {
        asked.enter(turn);
    }

    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return keeps(in, turn) || asked.answersItself(in, turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (keeps(in, turn)) {
            ProfileChange.keep(turn);
            return;
        }
        asked.handle(in, turn);
    }

    private static boolean keeps(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.oneOf(in.payload(), turn.phrases(KEEP_WORDS)).isPresent();
    }
}
