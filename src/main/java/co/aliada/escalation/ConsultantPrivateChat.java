package co.aliada.escalation;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;

/**
 * A consultant who writes to the bot in a chat of their own gets the consultants' help, not the
 * entrepreneurs' onboarding. A consultant is whoever set how people see them ({@code /soy}) or has
 * handled a case. Someone who already agreed to the entrepreneurs' journey keeps it.
 */
final class ConsultantPrivateChat implements Interceptor {

    private final ConsultantsChat group;
    private final ConsultantStore consultants;
    private final CaseStore cases;

    ConsultantPrivateChat(ConsultantsChat group, ConsultantStore consultants, CaseStore cases) {
        this.group = group;
        this.consultants = consultants;
        this.cases = cases;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        if (!group.configured() || group.is(in.chat()) || in.user() == null
                || turn.state().consented()) {
            return false;
        }
        if (consultants.find(in.user()).isEmpty() && !cases.handledBy(in.user())) {
            return false;
        }
        turn.say("consultants.help.private");
        return true;
    }
}
