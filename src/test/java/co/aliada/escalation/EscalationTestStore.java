package co.aliada.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chat states in memory (copied per turn, as a database would); transcript lines in the test database. */
final class EscalationTestStore implements ChatStore {

    private final Map<String, ChatState> states = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EscalationTestStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        TurnResult result = turn.apply(copy(states.getOrDefault(in.chat(), ChatState.fresh(in.chat()))));
        states.put(in.chat(), copy(result.state()));
        if (result.state().consented()) {
            result.transcript().forEach(line -> jdbc.update(
                    "insert into transcript_line (chat, at, from_user, text) values (?, ?, ?, ?)",
                    line.chat(), Timestamp.from(clock.instant()), line.fromUser(), line.text()));
        }
        return result.replies();
    }

    void put(ChatState state) {
        states.put(state.chat(), copy(state));
    }

    ChatState state(String chat) {
        return copy(states.get(chat));
    }

    private static ChatState copy(ChatState s) {
        return new ChatState(s.chat(), s.hasLang() ? s.lang() : null, s.step(), s.consent(), s.data());
    }
}
