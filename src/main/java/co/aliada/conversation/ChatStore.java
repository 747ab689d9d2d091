package co.aliada.conversation;

import java.util.List;
import java.util.function.Function;

/** Keeps each chat's state; a turn's answer is committed before its replies leave. */
public interface ChatStore {

    /**
     * Runs one turn in one transaction: loads the chat's state (locking it against other instances),
     * applies the turn, saves the new state and the transcript. Returns no replies, and changes
     * nothing, when {@code in.eventId()} was already handled.
     */
    List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn);

    /** What a turn produced: the replies, the transcript lines worth keeping, and the person's message as shown. */
    record TurnResult(ChatState state, List<Outbound> replies, List<TranscriptLine> transcript, String said) {

        public TurnResult(ChatState state, List<Outbound> replies, List<TranscriptLine> transcript) {
            this(state, replies, transcript, null);
        }
    }

    /** One line of the conversation as a person would read it back. */
    record TranscriptLine(String chat, boolean fromUser, String text) {
    }
}
