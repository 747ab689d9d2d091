package co.aliada.escalation;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;

/** The person's one-tap rating of a case just closed; only their own closed case, once. */
final class CaseRating implements Interceptor {

    static final String RATE = "caserate:"; // not "rate:": the challenge's rating step uses that

    private final CaseStore cases;

    CaseRating(CaseStore cases) {
        this.cases = cases;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.BUTTON || !in.payload().startsWith(RATE)) {
            return false;
        }
        String[] idRating = in.payload().substring(RATE.length()).split(":", 2);
        try {
            long id = Long.parseLong(idRating[0]);
            int rating = Integer.parseInt(idRating[1]);
            if (rating >= 1 && rating <= 3 && cases.rate(id, in.chat(), rating)) {
                turn.say("consultants.user.rated");
                return true;
            }
        } catch (RuntimeException e) {
            // forged or stale data: answered as any repeated press is
        }
        turn.say("consultants.user.rate-done");
        return true;
    }
}
