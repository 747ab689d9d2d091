package co.aliada.admin;

import java.util.List;

import co.aliada.conversation.Command;
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
        return List.of("admin_estado", "admin_status", "admin_recargar", "admin_reload", "admin_deshacer", "admin_undo",
                "admin_reporte", "admin_report");
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
                turn.button("common.button.continue", "/continuar"),
                turn.button("common.button.restart", "/reiniciar"),
                turn.button("common.button.language", "/idioma")));
        if (turn.hasCommand("asesor")) {
            buttons.add(turn.button("common.button.human", "/asesor"));
        }
        turn.send(turn.message("help.text").withButtons(Turn.rows(2, buttons)));
    }
}
