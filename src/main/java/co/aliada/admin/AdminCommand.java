package co.aliada.admin;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.HelpMessage;
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
            HelpMessage.send(turn);
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
}
