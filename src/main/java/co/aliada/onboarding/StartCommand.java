package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /start [payload]}: a first greeting, or a welcome back with the way to continue. */
final class StartCommand implements Command {

    @Override
    public List<String> names() {
        return CommandName.START.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String sector = args.toLowerCase().replaceFirst("^sector[-_]", "");
        if (Onboarding.SECTORS.contains(sector)) {
            turn.state().put(Onboarding.LINK_SECTOR, sector);
        }
        boolean returning = turn.state().consented() && turn.state().step() != null
                && !turn.state().step().equals(Onboarding.CONSENT);
        if (!returning) {
            turn.goTo(Onboarding.CONSENT);
            return;
        }
        if (!turn.offers(CommandName.CONTINUE.slash())) {
            // a request for an advisor is open: "¿seguimos o empezamos de nuevo?" would be refused either way
            Outbound.Button instead = turn.instead();
            turn.send(turn.message("start.welcome-back.not-now").withButtons(instead == null ? List.of() : Turn.column(instead)));
            return;
        }
        turn.send(turn.message("start.welcome-back").withButtons(Turn.column(
                turn.button("common.button.continue", "/continuar"),
                turn.button("common.button.restart", "/reiniciar"))));
    }
}
