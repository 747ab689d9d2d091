package co.aliada.selfcheck;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;

/** Chat states in memory, copied in and out like a database row, so a new engine resumes where the last one left. */
final class SelfCheckTestStore implements ChatStore {

    private final Map<String, ChatState> states = new ConcurrentHashMap<>();

    @Override
    public List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        ChatState state = copy(states.getOrDefault(in.chat(), ChatState.fresh(in.chat())));
        TurnResult result = turn.apply(state);
        states.put(in.chat(), copy(result.state()));
        return result.replies();
    }

    void seed(ChatState state) {
        states.put(state.chat(), copy(state));
    }

    ChatState state(String chat) {
        return copy(states.get(chat));
    }

    private static ChatState copy(ChatState state) {
        return new ChatState(state.chat(), state.hasLang() ? state.lang() : null, state.step(), state.consent(),
                state.data());
    }
}
