package co.aliada.challenge;

import java.util.Optional;

import co.aliada.conversation.ChatState;

/**
 * The challenge a chat is writing and has not confirmed yet, as other features read it (the consultants'
 * case card). The challenge journey owns the chat-state keys behind it.
 *
 * @param text the latest wording: the "¿Cómo podríamos…?" statement once proposed, else what the person wrote
 */
public record ChallengeDraft(String text) {

    /** The chat's unfinished challenge, if it has written any of one. */
    public static Optional<ChallengeDraft> of(ChatState state) {
        String text = state.get(Flow.HMW);
        if (text == null) {
            text = state.get(Flow.TEXT);
        }
        if (text == null) {
            text = state.get(Flow.PARTIAL);
        }
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new ChallengeDraft(text.strip()));
    }
}
