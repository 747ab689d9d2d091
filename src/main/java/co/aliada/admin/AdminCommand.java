package co.aliada.admin;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * {@code /admin_estado}, {@code /admin_recargar}, {@code /admin_deshacer} and {@code /admin_reporte}
 * (English names too), for admins only: anyone else gets the ordinary help, as for any command the bot
 * does not offer them.
 */
final class AdminCommand implements Command {

    private final AdminDesk desk;

    AdminCommand(AdminDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<String> names() {
        return java.util.stream.Stream.of(CommandName.ADMIN_STATUS, CommandName.ADMIN_RELOAD, CommandName.ADMIN_UNDO,
                CommandName.ADMIN_REPORT).flatMap(name -> name.names().stream()).toList();
    }

    @Override
    public void run(Turn turn, String args) {
        if (!desk.isAdmin(turn.inbound().user())) {
            help(turn);
            return;
        }
        String lang = turn.lang();
        switch (turn.inbound().commandName()) {
            case "admin_estado", "admin_status" -> turn.send(Outbound.text(turn.state().chat(), desk.status(lang)));
            case "admin_recargar", "admin_reload" -> turn.send(Outbound.text(turn.state().chat(), desk.reload(lang)));
            case "admin_deshacer", "admin_undo" -> turn.send(Outbound.text(turn.state().chat(), desk.undo(lang)));
            default -> desk.report(turn.state().chat(), lang).forEach(turn::send);
        }
    }

    /** The same help as {@code /ayuda}. */
    private static void help(Turn turn) {
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
