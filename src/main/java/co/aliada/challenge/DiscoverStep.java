package co.aliada.challenge;

import java.util.function.Supplier;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/** Discover: one optional question for context (who is affected, what was tried); one tap skips it. */
final class DiscoverStep implements Step {

    static final String SKIP = "discover:skip";
    private static final String TALK_TO_HUMAN = "talk_to_human";

    private final Supplier<ChallengeContent> content;

    DiscoverStep(Supplier<ChallengeContent> content) {
        this.content = content;
    }

    @Override
    public String id() {
        return Flow.DISCOVER;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    @Override
    public boolean takesProse() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        if (turn.state().get(Flow.CONTEXT) != null) {
            turn.goTo(Flow.DEFINE); // told already, at a rating: not asked again
            return;
        }
        turn.send(turn.message("challenge.discover.question")
                .withButtons(Turn.column(turn.button("challenge.discover.button.skip", SKIP))));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(SKIP)) {
            turn.state().put(Flow.CONTEXT, null);
            turn.goTo(Flow.DEFINE);
            return;
        }
        if (in.kind() != Inbound.Kind.TEXT) { // an earlier message's button: said to be old (Flow.unexpected)
            Flow.unexpected(turn, "challenge.discover.write-or-skip");
            return;
        }
        turn.state().put(Flow.CONTEXT, Trim.oneLine(in.payload(), content.get().limits().maxContextChars()));
        if (asksForAPerson(in, turn)) {
            // "…ya probamos con excel, ah y quisiera hablar con un asesor": only a sure request interrupts prose, so this
            // one went by unheard; the context is kept, and the restatement offers the person
            turn.state().put(Flow.ADVISOR, "1");
        }
        turn.goTo(Flow.DEFINE);
    }

    /**
     * A wish to talk to someone in so many words, heard as such: "ya hablamos con un asesor del SENA" tells what was
     * tried, "no quiero hablar con un asesor todavía" refuses, and "necesitamos un asesor contable" is the need itself.
     */
    private static boolean asksForAPerson(Inbound in, Turn turn) {
        return turn.intent().is(TALK_TO_HUMAN)
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.discover.advisor-mentions")).isEmpty();
    }
}
