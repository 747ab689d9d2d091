package co.aliada.escalation;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/** {@code /bot}: ends the user's open case and hands them back to the bot. */
final class BotCommand implements Command {

    private final Escalations escalations;

    BotCommand(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public List<String> names() {
        return CommandName.BOT.names();
    }

    @Override
    public void run(Turn turn, String args) {
        escalations.backToBot(turn);
    }
}
