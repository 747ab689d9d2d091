package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/** {@code /continuar}: asks again the question where the person left off, also after a restart. */
final class ContinueCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.CONTINUE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        if (turn.state().step() == null) {
            turn.goTo(Onboarding.CONSENT);
            return;
        }
        turn.repeatStep();
    }
}
