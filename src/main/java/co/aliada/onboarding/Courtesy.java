package co.aliada.onboarding;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;

/**
 * A greeting, thanks or a refusal typed where a profile question waits for a name ("buenas tardes", "no gracias", "no
 * necesito asesor"): no municipality and no business name. They had been kept ("Mucho gusto, No Gracias."). The
 * classifier never calls small talk strong, so the free-text steps read it themselves; names that merely hold such a
 * word ("Hola Café", "Gracias a Dios") stay names.
 */
final class Courtesy {

    /** The words a greeting or thanks is made of; a text of only these is no name. */
    private static final String WORDS = "profile.courtesy-words";
    /** The words a refusal begins with ("no gracias", "nada", "todavía no tiene nombre"). */
    private static final String REFUSAL_LEADS = "profile.refusal-leads";

    private Courtesy() {
    }

    /** Whether the text is a greeting, thanks or goodbye and nothing else. */
    static boolean only(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && (turn.intent().is("greet") || turn.intent().is("thanks") || turn.intent().is("goodbye"))
                && ChoiceMatcher.onlyWordsOf(in.payload(), turn.phrases(WORDS));
    }

    /** Says the greeting or thanks back; the step asks its question again. */
    static void answer(Turn turn) {
        turn.say(turn.intent().is("thanks") ? "common.thanks-back" : "common.greet-back");
        turn.repeatStep();
    }

    /** Whether the text refuses ("no gracias", "no necesito asesor"): a voluntary question is then left unanswered. */
    static boolean refuses(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny") && ChoiceMatcher.begins(in.payload(), turn.phrases(REFUSAL_LEADS));
    }
}
