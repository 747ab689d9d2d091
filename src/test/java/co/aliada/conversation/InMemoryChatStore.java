package co.aliada.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link ChatStore} in memory for tests without a database: a turn that throws saves nothing, an
 * eventId is handled once, and transcript lines are kept only for chats that consented.
 */
public final class InMemoryChatStore implements ChatStore {

    private final Map<String, ChatState> states = new HashMap<>();
    private final Set<String> events = new HashSet<>();
    private final List<TranscriptLine> transcript = new ArrayList<>();
    private final Consumer<TranscriptLine> transcriptSink;

    public InMemoryChatStore() {
        this(line -> { });
    }

    /** Also hands every kept transcript line to a sink, such as a test database's transcript table. */
    public InMemoryChatStore(Consumer<TranscriptLine> transcriptSink) {
        this.transcriptSink = transcriptSink;
    }

    @Override
    public synchronized List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        if (in.eventId() != null && events.contains(in.eventId())) {
            return List.of();
        }
        TurnResult result = turn.apply(copy(states.getOrDefault(in.chat(), ChatState.fresh(in.chat()))));
        states.put(in.chat(), copy(result.state()));
        if (result.state().consented()) {
            transcript.addAll(result.transcript());
            result.transcript().forEach(transcriptSink);
        }
        if (in.eventId() != null) {
            events.add(in.eventId());
        }
        return result.replies();
    }

    /** A copy of what is stored for the chat, or a fresh state when nothing is. */
    public synchronized ChatState state(String chat) {
        return copy(states.getOrDefault(chat, ChatState.fresh(chat)));
    }

    /** Stores a state as if earlier turns had left it there. */
    public synchronized void put(ChatState state) {
        states.put(state.chat(), copy(state));
    }

    public synchronized boolean has(String chat) {
        return states.containsKey(chat);
    }

    public synchronized List<TranscriptLine> transcript(String chat) {
        return transcript.stream().filter(line -> line.chat().equals(chat)).toList();
    }

    private static ChatState copy(ChatState state) {
        return new ChatState(state.chat(), state.hasLang() ? state.lang() : null, state.step(), state.consent(),
                state.data());
    }
}
