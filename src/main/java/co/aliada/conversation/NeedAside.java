package co.aliada.conversation;

/**
 * A text that leaned to a command without being sure of it may have been a need told with the command's words:
 * "necesito un resumen de cuánto vendo al mes" ran /resumen, "cómo registro mi marca" asked to erase the person's
 * data, and the need was gone. The command still answers (a request told loosely is still served at once), and the
 * text is offered as a challenge beside it, kept for the next turn only: tapped, the challenge starts from it; any
 * other turn lets it go, so a request that was one never comes back later as a challenge.
 */
final class NeedAside {

    /** Fewer words than this name a command and nothing besides ("quiero mis datos"). */
    static final int WORDS = 4;
    /**
     * A need ranked next, this close to the command's score, makes the text as much a need as a request: on the
     * development set 9 of 116 loosely read requests of four words or more come this close ("perdón, me tocó atender un
     * cliente, ¿en qué íbamos?"), where every one had been offered before ("ok let's go on").
     */
    static final double CLOSE_BEHIND = 0.7;
    private static final String KEY = ChatState.ENGINE + "need-aside";

    private NeedAside() {
    }

    /** Whether a need comes this close behind the command the text was read as. */
    static boolean closeBehind(Understanding.Intent read, Understanding.Intent next) {
        return next.is(Understanding.NEED) && next.score() >= CLOSE_BEHIND * read.score();
    }

    /**
     * Offers the text as a challenge after the command's answer, with the one button that works on it: the way back
     * to a question is its own options, which the engine leaves under the command's answer (see {@link #isOffer}).
     */
    static void offer(String text, Turn turn) {
        String need = ToldNeed.of(text, turn);
        turn.state().put(KEY, need);
        turn.send(turn.message("common.need-aside", "text", Html.escape(need))
                .withButtons(Turn.column(turn.button("common.button.work-on-need", CommandName.NEW_CHALLENGE.slash()))));
    }

    /** Whether this reply is this turn's offer, which does not count as the turn's way forward. */
    static boolean isOffer(Outbound reply, ChatState state) {
        return state.get(KEY) != null && reply.buttons().size() == 1 && reply.buttons().get(0).size() == 1
                && reply.buttons().get(0).get(0).data().equals(CommandName.NEW_CHALLENGE.slash());
    }

    /** Lets the offered text go, unless this turn starts the challenge it was offered as: then it is that challenge's need. */
    static void carry(Inbound in, ChatState state) {
        String need = state.get(KEY);
        if (need == null) {
            return;
        }
        state.put(KEY, null);
        Inbound command = in.asCommand();
        if (command != null && CommandName.NEW_CHALLENGE.names().contains(command.commandName())) {
            state.put(ChatState.TOLD_NEED, need);
        }
    }
}
