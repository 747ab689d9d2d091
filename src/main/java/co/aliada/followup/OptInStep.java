package co.aliada.followup;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Onboarding;

/**
 * Right after consent: may Aliada write later? A purpose of its own under Ley 1581, so it is asked apart,
 * with {@code /recordatorios} buttons, and the profile goes on at once: a "no", or no answer, changes nothing
 * else. Chats the bot cannot reach later (a web chat) are not asked.
 */
final class OptInStep implements Step {

    private final ReachLater reach;

    OptInStep(ReachLater reach) {
        this.reach = reach;
    }

    @Override
    public String id() {
        return Onboarding.AFTER_CONSENT;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        if (reach.reaches(turn.state().chat())) {
            turn.send(turn.message("followup.optin.question").withButtons(Turn.column(
                    turn.button("followup.optin.button.yes", CommandName.REMINDERS.slash(RemindersCommand.ON)),
                    turn.button("followup.optin.button.no", CommandName.REMINDERS.slash(RemindersCommand.OFF)))));
        }
        turn.goTo(Onboarding.SECTOR);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        turn.goTo(Onboarding.SECTOR); // never the chat's resting place: enter() hands over at once
    }
}
