package co.aliada.challenge;

import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * A text about a service, past its leads ("pues cuénteme más de la …", "ok what is the …"), and whether one of
 * challenge.next.service-asks asked about what follows ({@code asked}).
 */
record ServiceQuestion(String said, boolean asked) {

    /** "¿qué es eso de …?" about a service names it in a few words; a longer text tells a challenge. */
    private static final int ASKED_WORDS = 6;
    /** A service named alone is at most its whole name ("Seguimiento y análisis del desempeño de las estrategias…"). */
    private static final int NAME_WORDS = 12;

    static ServiceQuestion of(String typed, Turn turn) {
        Set<String> asks = turn.phrases("challenge.next.service-asks");
        Set<String> leads = turn.phrases("common.choice.lead-words");
        String said = typed.strip();
        boolean asked = false;
        while (true) {
            String afterAsk = ChoiceMatcher.afterLead(said, asks);
            asked |= !afterAsk.equals(said);
            String past = ChoiceMatcher.afterLead(afterAsk, leads);
            if (past.equals(said)) {
                return new ServiceQuestion(said, asked);
            }
            said = past;
        }
    }

    /** Whether it is short enough to be about a service, not a challenge that names one. */
    boolean brief() {
        return ChoiceMatcher.wordCount(said) <= (asked ? ASKED_WORDS : NAME_WORDS);
    }
}
