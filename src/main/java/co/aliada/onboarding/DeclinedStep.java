package co.aliada.onboarding;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/** After consent was declined: nothing personal is kept; says what still works and how to accept later. */
final class DeclinedStep implements Step {

    @Override
    public String id() {
        return Onboarding.DECLINED;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(withButtons(turn, "consent.declined"));
    }

    private static Outbound withButtons(Turn turn, String key) {
        Outbound.Button accept = turn.button("consent.button.accept-now", ConsentStep.ACCEPT);
        // browsing the catalogue stores nothing, so it stays open to someone who declined
        return turn.message(key).withButtons(turn.hasCommand(CommandName.SERVICES.spanish())
                ? Turn.column(turn.button("consent.button.browse", CommandName.SERVICES.slash()), accept)
                : Turn.column(accept));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(ConsentStep.ACCEPT) || ConsentStep.acceptsInWords(in, turn)) {
            ConsentStep.accept(turn);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.intent().is(Understanding.NEED)) {
            // a need told after declining ("necesito el registro invima"): why it cannot be kept, and what works anyway
            turn.send(withButtons(turn, "consent.declined.need"));
            return;
        }
        turn.repeatStep();
    }
}
