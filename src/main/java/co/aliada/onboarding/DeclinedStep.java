package co.aliada.onboarding;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** After consent was declined: nothing personal is kept; says what still works and how to accept later. */
final class DeclinedStep implements Step {

    @Override
    public String id() {
        return Onboarding.DECLINED;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(turn.message("consent.declined").withButtons(Turn.column(
                turn.button("consent.button.accept-now", ConsentStep.ACCEPT))));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(ConsentStep.ACCEPT)) {
            ConsentStep.accept(turn);
            return;
        }
        turn.repeatStep();
    }
}
