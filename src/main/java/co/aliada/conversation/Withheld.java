package co.aliada.conversation;

import java.util.function.Predicate;

/**
 * The buttons a feature that owns the chat for a while would refuse if tapped now (a new challenge while a request
 * for an advisor is open: its questions would reach the advisor), and the one to offer in their place, or null.
 * The engine leaves the refused ones out of every reply, so that nothing offered is then refused.
 *
 * @param refused whether a button with this data would be refused
 * @param instead what the person can do instead (closing the request and going back), or null
 */
public record Withheld(Predicate<String> refused, Outbound.Button instead) {

    /** Nothing refused. */
    public static final Withheld NONE = new Withheld(data -> false, null);

    public boolean refuses(String data) {
        return refused.test(data);
    }

    /** What this and another feature refuse together; this one's way instead first. */
    Withheld and(Withheld other) {
        if (other == NONE) {
            return this;
        }
        if (this == NONE) {
            return other;
        }
        return new Withheld(refused.or(other.refused), instead != null ? instead : other.instead);
    }
}
