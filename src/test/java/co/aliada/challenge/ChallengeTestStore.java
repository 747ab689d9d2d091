package co.aliada.challenge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;

/** Chat state in memory, copied in and out of each turn as the database store would. */
final class ChallengeTestStore implements ChatStore {

    private final Map<String, ChatState> states = new ConcurrentHashMap<>();

    @Override
    public List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        TurnResult result = turn.apply(copy(states.getOrDefault(in.chat(), ChatState.fresh(in.chat()))));
        states.put(in.chat(), copy(result.state()));
        return result.replies();
    }

    ChatState state(String chat) {
        return copy(states.get(chat));
    }

    void put(ChatState state) {
        states.put(state.chat(), copy(state));
    }

    private static ChatState copy(ChatState s) {
        return new ChatState(s.chat(), s.hasLang() ? s.lang() : null, s.step(), s.consent(), s.data());
    }
}
