package co.aliada.challenge;

import java.util.Set;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * A text about a service, past its leads ("pues cuénteme más de la …", "ok what is the …"), and whether one of
 * challenge.next.service-asks asked about what follows ({@code asked}).
 */
record ServiceQuestion(String said, boolean asked) {

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

    int words() {
        return ChoiceMatcher.wordCount(said);
    }
}
