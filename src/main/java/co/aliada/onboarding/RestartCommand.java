package co.aliada.onboarding;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Turn;

/** {@code /reiniciar}: after a confirmation, starts the profile and self-check over. */
final class RestartCommand implements Command {

    static final String CONFIRM = "si";
    /** The journey's answers in progress; saved challenges and consent are kept. */
    private static final List<String> JOURNEY = List.of(Onboarding.PROFILE, ProfileChange.BOOKKEEPING, "selfcheck.",
            "challenge.draft.");

    @Override
    public List<String> names() {
        return CommandName.RESTART.names();
    }

    @Override
    public void run(Turn turn, String args) {
        // without consent nothing was kept, so there is nothing to warn about losing
        boolean confirmed = args.equalsIgnoreCase(CONFIRM);
        boolean earlier = confirmed && turn.pressedEarlier("/reiniciar " + CONFIRM);
        if ((!confirmed || earlier) && turn.state().consented()) {
            if (earlier) {
                // an old "Sí, empezar de nuevo" left on screen: the answers are not wiped without asking again
                turn.say("common.stale-button");
            }
            turn.send(turn.message("restart.confirm").withButtons(turn.yesNoIrreversible(
                    turn.button("restart.button.yes", "/reiniciar " + CONFIRM),
                    turn.button("restart.button.no", "/continuar"))));
            return;
        }
        if (turn.state().consent() == ChatState.Consent.NONE && Onboarding.CONSENT.equals(turn.state().step())) {
            // "quiero hacer el autodiagnóstico" at the consent question: nothing to start over, the question first
            turn.say("common.consent-first");
            turn.repeatStep();
            return;
        }
        JOURNEY.forEach(turn.state()::clear);
        turn.say("restart.done");
        turn.goTo(turn.state().consented() ? Onboarding.SECTOR : Onboarding.CONSENT);
    }
}
