package co.aliada.followup;

import java.time.Clock;
import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.Turn;

/**
 * {@code /recordatorios [si|no]}: shows whether the person agreed to be written to later, and changes it.
 * Only Telegram chats can be reached later; a web chat is told so.
 */
final class RemindersCommand implements Command {

    static final String NAME = "recordatorios";
    static final String ON = "si";
    static final String OFF = "no";

    private final FollowupStore store;
    private final Clock clock;

    RemindersCommand(FollowupStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of(NAME, "reminders");
    }

    @Override
    public void run(Turn turn, String args) {
        String chat = turn.state().chat();
        if (!FollowupOptIn.reachableLater(chat)) {
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
                    .withButtons(Turn.column(on ? turn.button("followup.reminders.button.off", "/" + NAME + " " + OFF)
                            : turn.button("followup.reminders.button.on", "/" + NAME + " " + ON))));
        }
    }
}
