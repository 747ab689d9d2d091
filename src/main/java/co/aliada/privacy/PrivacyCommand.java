package co.aliada.privacy;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/** {@code /privacidad}: the full privacy notice: purpose, controller, rights and how to exercise them. */
final class PrivacyCommand implements Command {

    private final PrivacyProperties properties;

    PrivacyCommand(PrivacyProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<String> names() {
        return CommandName.PRIVACY.names();
    }

    @Override
    public void run(Turn turn, String args) {
        // until an admin names the controller, people read who to ask, not the admin's placeholder ("[NIT] — edite…")
        String controller = turn.text(ControllerNoticeCheck.unedited(turn.texts()) ? "privacy.controller.pending" : ControllerNoticeCheck.KEY);
        turn.say("privacy.notice", "controller", controller, "days", properties.retention().toDays());
    }
}
