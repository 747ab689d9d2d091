package co.aliada.conversation;

import java.util.List;

/** What a turn said and where it asked to go, for tests of a single command outside the engine. */
public final class TurnReplies {

    private TurnReplies() {
    }

    public static List<Outbound> of(Turn turn) {
        return List.copyOf(turn.replies());
    }

    public static String nextStep(Turn turn) {
        return turn.takeNextStep();
    }
}
