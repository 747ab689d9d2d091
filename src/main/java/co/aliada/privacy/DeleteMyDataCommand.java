package co.aliada.privacy;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/**
 * {@code /borrar_datos}: after a confirmation, erases everything about the chat in the turn's transaction
 * and leaves a fresh chat (no consent, no answers), which the engine saves at the end of the turn.
 */
final class DeleteMyDataCommand implements Command {

    static final String CONFIRM = PersonalData.CONFIRM_ERASE;
    /** The confirmation's no: nothing erased, said so, and back where the person was. */
    static final String KEEP = "no";

    private final PersonalDataSources sources;

    DeleteMyDataCommand(PersonalDataSources sources) {
        this.sources = sources;
    }

    @Override
    public List<String> names() {
        return CommandName.DELETE_MY_DATA.names();
    }

    @Override
    public void run(Turn turn, String args) {
        if (args.strip().equalsIgnoreCase(KEEP)) {
            // "No, conservar mis datos" went back to the question without a word: the person is told nothing was erased
            turn.say("privacy.erase.kept");
            turn.resumeStep();
            return;
        }
        boolean confirmed = args.strip().equalsIgnoreCase(CONFIRM);
        if (!confirmed || turn.pressedEarlier("/borrar_datos " + CONFIRM)) {
            if (confirmed) {
                // an old "Sí, borrar todo" left on screen: nothing this irreversible is done without asking again
                turn.say("common.stale-button");
            }
            turn.send(turn.message("privacy.erase.confirm").withButtons(turn.yesNoIrreversible(
                    turn.button("privacy.erase.button.yes", "/borrar_datos " + CONFIRM),
                    turn.button("privacy.erase.button.no", "/borrar_datos " + KEEP))));
            return;
        }
        List<String> erased = sources.erase(turn.state().chat());
        ChatState state = turn.state();
        // The engine saves this state when the turn ends: it must be the fresh one, or the save would undo the erasure.
        state.clear("");
        state.consent(ChatState.Consent.NONE);
        state.step(null);
        if (erased.isEmpty()) {
            turn.say("privacy.erase.nothing");
        } else {
            turn.say("privacy.erase.done", "sections", SectionNames.of(turn, erased));
        }
    }
}
