package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.HelpMessage;
import co.aliada.conversation.Turn;

/** {@code /ayuda}: what the bot does and every way out, as buttons. */
final class HelpCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.HELP.names();
    }

    @Override
    public void run(Turn turn, String args) {
        HelpMessage.send(turn);
    }
}
