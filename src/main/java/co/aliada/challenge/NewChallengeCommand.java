package co.aliada.challenge;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/**
 * {@code /nuevo_reto}: starts a new challenge from its first phase, from any step. A challenge half written is never
 * thrown away unsaid: the driver question asks first whether to finish it ({@code /nuevo_reto terminar}, back where it
 * was left) or to start a new one ({@code /nuevo_reto nuevo}, that one discarded and said so).
 */
final class NewChallengeCommand implements Command {

    static final String FINISH = "terminar";
    static final String FRESH = "nuevo";

    @Override
    public List<String> names() {
        return CommandName.NEW_CHALLENGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        ChatState state = turn.state();
        String resume = Flow.resumeStep(state);
        if (FINISH.equals(args.strip()) && resume != null) {
            finish(turn, resume);
            return;
        }
        if (FRESH.equals(args.strip()) && resume != null) {
            turn.say("challenge.draft.discarded", "text", Flow.draftShown(state));
            state.clear(Flow.DRAFT);
        }
        turn.goTo(Flow.IDENTIFY); // with a draft still there, the driver question asks about it first
    }

    /** Back to where the draft was left: the step it stands at, or where its answers so far lead. */
    private static void finish(Turn turn, String resume) {
        ChatState state = turn.state();
        boolean writing = List.of(Flow.BUILD, Flow.URGENCY, Flow.FEASIBILITY, Flow.IMPACT, Flow.DISCOVER, Flow.DEFINE)
                .contains(state.step());
        if (writing || resume.equals(state.step())) {
            turn.repeatStep();
        } else if (resume.equals(Flow.IDENTIFY)) {
            // no driver yet: its words are kept as a challenge told before the driver, as "atrás" keeps them
            String text = state.get(Flow.TEXT);
            state.put(ChatState.TOLD_NEED, text != null ? text : state.get(Flow.PARTIAL));
            state.clear(Flow.DRAFT);
            turn.goTo(Flow.IDENTIFY);
        } else {
            turn.goTo(resume);
        }
    }
}
