package co.aliada.challenge;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** After a recommendation: another challenge, or the end of the journey with the summary. */
final class NextStep implements Step {

    @Override
    public String id() {
        return Flow.NEXT;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(turn.message("challenge.next.question").withButtons(Turn.column(
                turn.button("challenge.button.another", Flow.NEW_CHALLENGE),
                turn.button("challenge.button.done", Flow.SUMMARY_END))));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        Flow.unexpected(turn, "common.tap-an-option");
    }
}
