package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** The buttons that follow an answer about a recommendation, so that it never ends the conversation. */
final class WayForward {

    private WayForward() {
    }

    /** Another challenge, my challenges, my summary; a person first when {@code advisorFirst}. */
    static List<List<Outbound.Button>> afterRecommendation(Turn turn, boolean advisorFirst) {
        return afterRecommendation(turn, advisorFirst, "");
    }

    /** As above, the person's button carrying why it is offered ({@code " not-useful"}), or nothing. */
    static List<List<Outbound.Button>> afterRecommendation(Turn turn, boolean advisorFirst, String humanReason) {
        List<List<Outbound.Button>> rows = new ArrayList<>();
        Outbound.Button human = turn.hasCommand(Flow.HUMAN) ? turn.button("common.button.human", "/" + Flow.HUMAN + humanReason) : null;
        if (advisorFirst && human != null) {
            rows.add(List.of(human));
        }
        rows.add(List.of(turn.button("challenge.button.another", Flow.NEW_CHALLENGE)));
        rows.add(List.of(turn.button("challenge.menu.mine", "/mis_retos"), turn.button("summary.menu", "/resumen")));
        if (!advisorFirst && human != null) {
            rows.add(List.of(human));
        }
        return rows;
    }
}
