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
        boolean caseOpen = turn.questionsWait();
        if (turn.hasCommand(CommandName.ADVISOR.spanish()) && !caseOpen) {
            buttons.add(turn.button("common.button.human", CommandName.ADVISOR.slash()));
        }
        turn.send(turn.message("help.text").withButtons(Turn.rows(2, buttons.stream().filter(b -> turn.offers(b.data())).toList())));
        if (caseOpen) {
            // the ways into the questions are refused while a request for an advisor is open (and a person is on it
            // already): say where what they write goes, with the one way back, as the other commands do meanwhile
            turn.resumeStep();
        }
    }
}
