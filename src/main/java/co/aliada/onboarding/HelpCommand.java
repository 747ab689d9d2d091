package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /ayuda}: what the bot does and every way out, as buttons. */
final class HelpCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("ayuda", "help");
    }

    @Override
    public void run(Turn turn, String args) {
        List<Outbound.Button> buttons = new java.util.ArrayList<>(List.of(
                turn.button("common.button.continue", "/continuar"),
                turn.button("common.button.restart", "/reiniciar"),
                turn.button("common.button.language", "/idioma")));
        if (turn.hasCommand("asesor")) {
            buttons.add(turn.button("common.button.human", "/asesor"));
        }
        turn.send(turn.message("help.text").withButtons(Turn.rows(2, buttons)));
    }
}
