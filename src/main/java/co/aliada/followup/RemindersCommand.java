package co.aliada.followup;

import java.time.Clock;
import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/**
 * {@code /recordatorios [si|no]}: shows whether the person agreed to be written to later, and changes it.
 * Only chats a channel can reach later (Telegram) may agree; a web chat is told why not.
 */
final class RemindersCommand implements Command {

    static final String NAME = CommandName.REMINDERS.spanish();
    static final String ON = "si";
    static final String OFF = "no";

    private final FollowupStore store;
    private final ReachLater reach;
    private final Clock clock;

    RemindersCommand(FollowupStore store, ReachLater reach, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return CommandName.REMINDERS.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String chat = turn.state().chat();
        if (!reach.reaches(chat)) {
            turn.say("followup.reminders.web");
            return;
        }
        if (!turn.state().consented()) {
            turn.say("followup.reminders.needs-consent");
            return;
        }
        String choice = args.strip().toLowerCase();
        if (choice.equals(ON) || choice.equals("sí") || choice.equals("yes")) {
            store.decide(chat, true, clock.instant());
            turn.say("followup.reminders.on");
        } else if (choice.equals(OFF)) {
            store.decide(chat, false, clock.instant());
            turn.say("followup.reminders.off");
        } else {
            boolean on = store.decision(chat).orElse(false);
            turn.send(turn.message(on ? "followup.reminders.status-on" : "followup.reminders.status-off")
                    .withButtons(Turn.column(on ? turn.button("followup.reminders.button.off", CommandName.REMINDERS.slash(OFF))
                            : turn.button("followup.reminders.button.on", CommandName.REMINDERS.slash(ON)))));
        }
    }
}
