package co.aliada.conversation;

import java.util.ArrayList;
import java.util.List;

/** What {@code /ayuda} answers, also to people a feature turns away (anyone not an admin who types an admin command). */
public final class HelpMessage {

    private HelpMessage() {
    }

    public static void send(Turn turn) {
        List<Outbound.Button> buttons = new ArrayList<>(List.of(
                turn.button("common.button.continue", CommandName.CONTINUE.slash()),
                turn.button("common.button.restart", CommandName.RESTART.slash()),
                turn.button("common.button.language", CommandName.LANGUAGE.slash())));
        if (turn.hasCommand(CommandName.ADVISOR.spanish())) {
            buttons.add(turn.button("common.button.human", CommandName.ADVISOR.slash()));
        }
        turn.send(turn.message("help.text").withButtons(Turn.rows(2, buttons)));
    }
}
