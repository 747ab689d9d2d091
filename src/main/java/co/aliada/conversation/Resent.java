package co.aliada.conversation;

/**
 * A long message sent again as it was, with nothing between (a weak signal, a second tap on send): the second is no
 * new answer to the question the first one led to. Only a message that led to another step counts (one answered
 * where it stood, "I'd rather not answer this one", gets the same answer again), only a fingerprint of it is kept,
 * never its words, and only once the person has consented.
 */
final class Resent {

    /** Shorter messages are answers that may well come twice in a row ("no", "alta", "a veces"). */
    private static final int WORDS = 7;
    private static final String KEY = "conversation.last-text";

    private Resent() {
    }

    /** Whether this text is the last one the chat sent, word for word. */
    static boolean again(Inbound in, ChatState state) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.wordCount(in.payload()) >= WORDS
                && fingerprint(in.payload()).equals(state.get(KEY));
    }

    /**
     * Keeps this input's fingerprint as the last message when it led on (or came again), or forgets the last one (a tap,
     * a command, a short text, a text answered where it stood).
     */
    static void remember(Inbound in, ChatState state, boolean ledOn) {
        boolean kept = ledOn && in.kind() == Inbound.Kind.TEXT && state.consented()
                && ChoiceMatcher.wordCount(in.payload()) >= WORDS;
        state.put(KEY, kept ? fingerprint(in.payload()) : null);
    }

    private static String fingerprint(String text) {
        return Integer.toHexString(String.join(" ", ChoiceMatcher.words(ChoiceMatcher.normalized(text))).hashCode());
    }
}
