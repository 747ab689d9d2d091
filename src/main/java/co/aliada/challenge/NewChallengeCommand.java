package co.aliada.challenge;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.Turn;

/** {@code /nuevo_reto}: starts a new challenge from its first phase, from any step. */
final class NewChallengeCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("nuevo_reto", "new_challenge");
    }

    @Override
    public void run(Turn turn, String args) {
        turn.goTo(Flow.IDENTIFY);
    }
}
