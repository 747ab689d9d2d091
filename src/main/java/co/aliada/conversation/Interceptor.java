package co.aliada.conversation;

/**
 * Takes an input before the chat's step sees it, when a feature owns the chat for a while (an open
 * escalation case relays messages to a person; the consultants' group is never a journey).
 */
public interface Interceptor {

    /** Handles the input and returns true, or returns false to let the engine go on as usual. */
    boolean intercept(Inbound in, Turn turn);

    /**
     * Sees every turn once it is answered, so that a feature that owns the chat for a while can tell its people what
     * changed meanwhile (a profile answer changed while a case is open).
     */
    default void afterTurn(Turn turn) {
    }

    /**
     * The buttons this feature would refuse if tapped now, while it owns the chat, and what to offer instead; asked
     * after a turn's replies are made (and by {@link Turn#offers}), so that no reply offers what a tap would refuse.
     */
    default Withheld withheld(Turn turn) {
        return Withheld.NONE;
    }
}
