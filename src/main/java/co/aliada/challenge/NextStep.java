package co.aliada.challenge;

import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/**
 * After a recommendation: another challenge, or the end of the journey with the summary. A challenge typed here
 * instead of tapping is that other challenge: it is kept and only its driver is asked.
 */
final class NextStep implements Step {

    private final Supplier<ChallengeContent> content;

    NextStep(Supplier<ChallengeContent> content) {
        this.content = content;
    }

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
    public boolean keepsToldNeeds() {
        return false; // the question asks for a challenge: one typed here is taken at once (below)
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.TEXT
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.contact-words")).isEmpty()) {
            // "¿cómo contacto a la universidad?" asks how to reach whom the list named: where that is, no new challenge
            turn.say("challenge.next.contact-hint");
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("common.terms.questions")).isEmpty()) {
            // "¿cuánto cuesta el de investigación de mercados?" asks about a service shown, it is no new challenge;
            // "quiero saber cuánto cuesta producir mi café" asks nothing and is one
            turn.say("common.terms");
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny")) {
            // "I don't need an advisor, thanks": a refusal of something else is no new challenge; the question again
            turn.say("common.deny-noted");
            turn.repeatStep();
            return;
        }
        // "sí, tengo otro: quiero vender por internet" is the challenge after its yes
        String said = in.kind() == Inbound.Kind.TEXT ? ChoiceMatcher.afterLead(in.payload(), turn.phrases("choice.nuevo_reto.words")) : "";
        String typed = Trim.oneLine(said, content.get().limits().maxChars());
        if (content.get().limits().longEnough(typed) || turn.intent().is(Understanding.NEED) && namesSomething(typed)) {
            turn.state().put(ChatState.TOLD_NEED, typed);
            turn.goTo(Flow.IDENTIFY);
            return;
        }
        Flow.unexpected(turn, "common.tap-an-option");
    }

    /** "y el 5?" is no challenge, whatever the classifier leans to: a need names something, in a word of its own. */
    private static boolean namesSomething(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+")).anyMatch(word -> word.length() >= 4);
    }
}
