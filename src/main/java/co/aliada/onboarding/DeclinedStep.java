package co.aliada.onboarding;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/** After consent was declined: nothing personal is kept; says what still works and how to accept later. */
final class DeclinedStep implements Step {

    /** The whole answers that say yes where the accept button is on offer (the engine reads them as the button). */
    private static final String YES_WORDS = "choice.consent.yes.words";
    /** The whole answers that accept after declining, where a bare yes only acknowledges the refusal. */
    private static final String ACCEPTING_WORDS = "consent.declined.accept.words";

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
        // typed, only words that accept give consent ("ok acepto", "cambié de opinión"): "I" or "ahora", read as a
        // word of the button "✅ Ahora sí acepto", are none, and so is a bare "ok" or "listo", which answers the
        // refusal's message rather than a question (Ley 1581: consent is express)
        Inbound typed = turn.inbound();
        boolean tapped = typed.kind() == Inbound.Kind.BUTTON && in.payload().equals(ConsentStep.ACCEPT);
        if (tapped || ConsentStep.acceptsInWords(typed, turn) || saysOneOf(typed, turn, ACCEPTING_WORDS)) {
            ConsentStep.accept(turn);
            return;
        }
        if (saysOneOf(typed, turn, YES_WORDS)) {
            turn.send(withButtons(turn, "consent.declined.noted"));
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.intent().is(Understanding.NEED)) {
            // a need told after declining ("necesito el registro invima"): why it cannot be kept, and what works anyway
            turn.send(withButtons(turn, "consent.declined.need"));
            return;
        }
        turn.repeatStep();
    }

    private static boolean saysOneOf(Inbound typed, Turn turn, String wordsKey) {
        return typed.kind() == Inbound.Kind.TEXT && ChoiceMatcher.saysOneOf(typed.payload(), turn.phrases(wordsKey));
    }
}
