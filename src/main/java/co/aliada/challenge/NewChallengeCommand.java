package co.aliada.challenge;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/** {@code /nuevo_reto}: starts a new challenge from its first phase, from any step. */
final class NewChallengeCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.NEW_CHALLENGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        turn.goTo(Flow.IDENTIFY);
    }
}
