package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.ToldNeed;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/** Greets, explains the purpose and rights under Ley 1581 de 2012, and asks for consent. */
final class ConsentStep implements Step {

    static final String ACCEPT = Onboarding.ACCEPT_CONSENT;
    static final String DECLINE = "consent:no";
    /** A need is told in a few words at least ("no vendo nada"); "TIENDA LUPITA" names the shop, it is no challenge. */
    private static final int NEED_WORDS = 3;
    /** An acceptance told with a few words around it; a longer text may say more than yes. */
    private static final int ACCEPTANCE_WORDS = 8;
    /** A reservation about what is kept, told with a few words around it ("bueno pero no quiero dar el nombre…"). */
    private static final int RESERVATION_WORDS = 14;

    @Override
    public String id() {
        return Onboarding.CONSENT;
    }

    @Override
    public void enter(Turn turn) {
        if (!turn.askingAgain()) {
            turn.say("start.greeting");
            turn.comfort(); // despair told in the first message ("estoy desesperada, me van a quitar el local")
            if (toldANeed(turn.inbound(), turn)) {
                // a need told as the very first message: held as one told at the question is, and said back
                turn.say(turn.comforted() ? "consent.need-heard.comforted" : "consent.need-heard", "text",
                        Html.escape(hold(turn.inbound(), turn)));
            }
        }
        turn.send(turn.message("consent.notice").withButtons(buttons(turn)));
    }

    private static List<List<Outbound.Button>> buttons(Turn turn) {
        return turn.yesNo(turn.button("consent.button.accept", ACCEPT), turn.button("consent.button.decline", DECLINE));
    }

    /** A question about the data or the law ("que es la ley 1581?" leans to /borrar_datos) is answered here. */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ((turn.intent().is("my_data") || turn.intent().is("delete_my_data"))
                && asks(in, turn) || doubts(in, turn) || hasAReservation(in, turn));
    }

    /** "no quiero dar el nombre de la empresa", "¿es anónimo?": no refusal, and no challenge either. */
    private static boolean hasAReservation(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT
                && ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("consent.reservation.words"), RESERVATION_WORDS).isPresent();
    }

    /**
     * "no entiendo", "¿cómo así?", "y si no acepto qué pasa": the notice explained, never the help and its buttons in place
     * of the consent's.
     */
    private static boolean doubts(Inbound in, Turn turn) {
        return ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("common.choice.doubt-words"), ACCEPTANCE_WORDS).isPresent()
                || ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("consent.what-if-words"), ACCEPTANCE_WORDS).isPresent();
    }

    private static boolean asks(Inbound in, Turn turn) {
        return ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (hasAReservation(in, turn)) {
            // what is optional and what is never asked: it had been held as the challenge, or read as a refusal
            turn.send(turn.message("consent.reservation").withButtons(buttons(turn)));
            return;
        }
        Decision decision = Decision.of(in, turn);
        switch (decision) {
            case ACCEPT -> accept(turn);
            case DECLINE -> decline(turn);
            case UNCLEAR -> {
                // the notice is just above, in this language, when its buttons were last shown with these words
                boolean noticeAbove = turn.text("consent.button.accept").equals(turn.state().buttonLabel(ACCEPT));
                if (noticeAbove && in.kind() == Inbound.Kind.TEXT && (asks(in, turn) || doubts(in, turn))) {
                    // "¿qué es la ley 1581?", "why do you need my data?": answered plainly, not "tap a button"
                    turn.send(turn.message("consent.explained").withButtons(buttons(turn)));
                    return;
                }
                if (toldANeed(in, turn)) {
                    // "quiero vender mi café por internet" before the question is answered: held for the challenge
                    // step, used only if consent follows (declining drops it), never "tap a button" alone
                    turn.send(turn.message("consent.need-first", "text", Html.escape(hold(in, turn))).withButtons(buttons(turn)));
                    return;
                }
                turn.notUnderstood();
                if (noticeAbove) {
                    // the buttons again, not its 600 characters
                    turn.send(turn.message("consent.tap-an-option").withButtons(buttons(turn)));
                } else {
                    turn.say("consent.tap-an-option");
                    turn.repeatStep();
                }
            }
        }
    }

    private static boolean toldANeed(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && turn.intent().is(Understanding.NEED) && ChoiceMatcher.wordCount(in.payload()) >= NEED_WORDS;
    }

    /** Keeps the need told until consent is answered: the challenge step takes it if consent follows. */
    private static String hold(Inbound in, Turn turn) {
        String need = ToldNeed.of(in.payload(), turn);
        turn.state().put(ChatState.TOLD_NEED, need);
        return need;
    }

    /**
     * Whether a short text says it accepts in so many words ("bueno ok sí acepto", "cambié de opinión, acepto los
     * términos") and nothing in it turns that around ("no acepto", "no sé si acepto") or asks ("¿qué pasa si acepto?").
     */
    static boolean acceptsInWords(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.wordCount(in.payload()) <= ACCEPTANCE_WORDS && !asks(in, turn)
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("consent.accept.mentions")).isEmpty()
                && ChoiceMatcher.mentioned(in.payload(), turn.phrases("consent.accept.unless")).isEmpty();
    }

    static void accept(Turn turn) {
        turn.state().consent(ChatState.Consent.ACCEPTED);
        String need = turn.state().get(ChatState.TOLD_NEED);
        if (need == null) {
            turn.say("consent.accepted");
        } else {
            turn.say("consent.accepted.need", "text", Html.escape(need));
        }
        // Being written to later is a purpose of its own, asked right after by the feature that answers /recordatorios.
        turn.goTo(turn.hasCommand(CommandName.REMINDERS.spanish()) ? Onboarding.AFTER_CONSENT : Onboarding.SECTOR);
    }

    private static void decline(Turn turn) {
        ChatState state = turn.state();
        state.consent(ChatState.Consent.DECLINED);
        state.clear(Onboarding.PROFILE);
        state.put(ChatState.TOLD_NEED, null);
        turn.goTo(Onboarding.DECLINED);
    }

    enum Decision {
        ACCEPT, DECLINE, UNCLEAR;

        static Decision of(Inbound in, Turn turn) {
            if (in.kind() == Inbound.Kind.BUTTON) {
                return in.payload().equals(ConsentStep.ACCEPT) ? ACCEPT
                        : in.payload().equals(ConsentStep.DECLINE) ? DECLINE : UNCLEAR;
            }
            // consent is given explicitly (the button, or its words, which the engine reads as the button, or a
            // short text that says "acepto" unnegated): a text the classifier leans to "yes" may be a question ("q es
            // eso?" read as affirm) and is never consent
            return acceptsInWords(in, turn) ? ACCEPT : turn.intent().is("deny") && !asks(in, turn) && !doubts(in, turn) ? DECLINE : UNCLEAR;
        }
    }
}
