package co.aliada.onboarding;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** Where a changed profile answer leads: said back ("Listo, su sector ahora es …"), and back where the person was. */
final class ProfileChangedStep implements Step {

    @Override
    public String id() {
        return ProfileChange.DONE;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        ProfileChange.done(turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        ProfileChange.back(turn); // never a resting place: enter() hands over at once
    }
}
