package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /ayuda}: what the bot does and every way out, as buttons. */
final class HelpCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.HELP.names();
    }

    @Override
    public void run(Turn turn, String args) {
        List<Outbound.Button> buttons = new java.util.ArrayList<>(List.of(
                turn.button("common.button.continue", CommandName.CONTINUE.slash()),
                turn.button("common.button.restart", CommandName.RESTART.slash()),
                turn.button("common.button.language", CommandName.LANGUAGE.slash())));
        if (turn.hasCommand(CommandName.ADVISOR.spanish())) {
            buttons.add(turn.button("common.button.human", CommandName.ADVISOR.slash()));
        }
        turn.send(turn.message("help.text").withButtons(Turn.rows(2, buttons)));
    }
}
