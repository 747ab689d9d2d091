package co.aliada.intent;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.Turn;

/** A command that only notes its first name in a list when it runs, and asks the question on screen again. */
record RecordingCommand(List<String> run, List<String> names) implements Command {

    static RecordingCommand of(List<String> run, String... names) {
        return new RecordingCommand(run, List.of(names));
    }

    @Override
    public void run(Turn turn, String args) {
        run.add(names.get(0));
        turn.repeatStep();
    }
}
