package co.aliada.followup;

import co.aliada.conversation.Turn;

/**
 * The question asked right after consent: may Aliada write later? A purpose of its own under Ley 1581, so it
 * is asked apart, answered with {@code /recordatorios}, and a "no" (or no answer) changes nothing else.
 */
public final class FollowupOptIn {

    private FollowupOptIn() {
    }

    /** Asks, when this chat can be reached later and the follow-up feature is present; the journey goes on meanwhile. */
    public static void offer(Turn turn) {
        if (!turn.hasCommand(RemindersCommand.NAME) || !reachableLater(turn.state().chat())) {
            return;
        }
        String command = "/" + RemindersCommand.NAME + " ";
        turn.send(turn.message("followup.optin.question").withButtons(Turn.column(
                turn.button("followup.optin.button.yes", command + RemindersCommand.ON),
                turn.button("followup.optin.button.no", command + RemindersCommand.OFF))));
    }

    /** Only Telegram lets the bot write first; a web chat has nobody to reach once the page is closed. */
    static boolean reachableLater(String chat) {
        return chat.startsWith("tg:");
    }
}
