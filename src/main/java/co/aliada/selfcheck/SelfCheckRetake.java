package co.aliada.selfcheck;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Turn;

/**
 * "quiero repetir el diagnóstico", "retake the test" once the self-check is done: it is taken again, the profile kept.
 * The words leaned to /reiniciar, which offered to erase the profile as well. A refusal ("no quiero repetir…") is none.
 */
final class SelfCheckRetake implements Recall {

    private static final String WORDS = "selfcheck.retake-words";
    /** The wish told with a few words around it; a longer text tells something else. */
    private static final int MAX_WORDS = 9;

    @Override
    public boolean answer(Inbound in, Turn turn) {
        if (!turn.state().consented() || !Boolean.parseBoolean(turn.state().get(SelfCheckResult.DONE)) || turn.intent().is("deny")
                || ChoiceMatcher.saidBriefly(in.payload(), turn.phrases(WORDS), MAX_WORDS).isEmpty()) {
            return false;
        }
        turn.goTo(SelfCheckStep.ID);
        return true;
    }
}
