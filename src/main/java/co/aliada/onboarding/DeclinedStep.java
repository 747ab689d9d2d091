package co.aliada.onboarding;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
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
        Outbound.Button accept = turn.button("consent.button.accept-now", ConsentStep.ACCEPT);
        // browsing the catalogue stores nothing, so it stays open to someone who declined
        turn.send(turn.message("consent.declined").withButtons(turn.hasCommand(CommandName.SERVICES.spanish())
                ? Turn.column(turn.button("consent.button.browse", CommandName.SERVICES.slash()), accept)
                : Turn.column(accept)));
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
