package co.aliada.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.aliada.conversation.ChatHistory;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chat state in the database, one row per chat, locked for the length of a turn so that instances
 * behind a load balancer also handle a chat one message at a time (a new chat's row is created before
 * it is locked, so a race between instances is a wait, never a lost message). The transcript is kept only for
 * chats that gave consent. Replies for chats of a push channel go to its {@link Outbox} in the same
 * transaction, and are not returned.
 */
@Repository
class JdbcChatStore implements ChatStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };
    private static final int MAX_LINE = 20000;
    private static final String[] CHAT_COLUMNS = {"chat", "lang", "step", "consent", "data", "updated_at"};
    private static final String[] EVENT_COLUMNS = {"event_id", "processed_at"};
    private static final String LOCK_ROW = "select lang, step, consent, data from chat_state where chat = ? for update";
    /**
     * The same row lock on H2, taken by an update that changes nothing and read back through {@code final table}:
     * H2 parses and plans a query {@code … for update} again at every call (it keeps none in its statement
     * cache), a tenth of a web turn's time in its controller (docs/BENCHMARKS.md); it keeps this one parsed.
     */
    private static final String LOCK_ROW_H2 = "select lang, step, consent, data from final table"
            + " (update chat_state set updated_at = updated_at where chat = ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Outbox outbox;
    private final Dialect dialect;
    private final String lockRow;
    private ChatHistory history;

    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this(jdbc, tx, clock, (Outbox) null);
    }

    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, Outbox outbox) {
        this(jdbc, tx, clock, outbox, Dialect.of(jdbc.getDataSource()));
    }

    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, Outbox outbox, Dialect dialect) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
        this.dialect = dialect;
        this.lockRow = dialect == Dialect.H2 ? LOCK_ROW_H2 : LOCK_ROW;
    }

    @Autowired
    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, ObjectProvider<Outbox> outbox,
                  ObjectProvider<ChatHistory> history, Dialect dialect) {
        this(jdbc, tx, clock, outbox.getIfAvailable(), dialect);
        this.history = history.getIfAvailable();
    }

    /**
     * One transaction: the event is marked handled first (an insert that does nothing, after waiting,
     * when another instance has it), then the chat's row is locked (created first if new, so that two
     * instances meeting a new chat also take turns), the turn runs, its state and replies are written.
     * A database that does not answer becomes {@link co.aliada.conversation.StoreUnavailableException}.
     */
    @Override
    public List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        try {
            return tx.execute(status -> {
                if (in.eventId() != null && dialect.insertIfAbsent(jdbc, "processed_event", EVENT_COLUMNS, in.eventId(), now()) == 0) {
                    return List.<Outbound>of(); // handled already, here or by another instance
                }
                TurnResult result = turn.apply(load(in.chat()));
                save(result.state());
                if (result.state().consented()) {
                    append(result.transcript());
                }
                if (history != null) {
                    // before consent no free text of the person's is kept: only commands, presses and the bot's texts
                    boolean keepSaid = result.state().consented() || in.kind() != Inbound.Kind.TEXT;
                    history.keep(in, keepSaid ? result.said() : null, result.replies(),
                            result.state().consent() == ChatState.Consent.DECLINED);
                }
                return outbox == null ? result.replies() : outbox.keep(result.replies());
            });
        } catch (RuntimeException e) {
            throw StoreFaults.translate(e);
        }
    }

    private ChatState load(String chat) {
        List<ChatState> found = lockRow(chat);
        if (found.isEmpty()) {
            ChatState fresh = ChatState.fresh(chat);
            dialect.insertIfAbsent(jdbc, "chat_state", CHAT_COLUMNS, chat, null, fresh.step(), fresh.consent().name(),
                    JSON.writeValueAsString(fresh.data()), now());
            found = lockRow(chat);
        }
        return found.get(0);
    }

    private List<ChatState> lockRow(String chat) {
        return jdbc.query(lockRow,
                (rs, i) -> new ChatState(chat, rs.getString("lang"), rs.getString("step"),
                        ChatState.Consent.valueOf(rs.getString("consent")), JSON.readValue(rs.getString("data"), DATA)),
                chat);
    }

    /** The row exists and is locked (see {@link #load}): an update is the whole upsert. */
    private void save(ChatState state) {
        String data = JSON.writeValueAsString(state.data());
        String lang = state.hasLang() ? state.lang() : null;
        jdbc.update("update chat_state set lang = ?, step = ?, consent = ?, data = ?, updated_at = ? where chat = ?",
                lang, state.step(), state.consent().name(), data, now(), state.chat());
    }

    /** A turn's lines in one batch: one round trip instead of one per line. */
    private void append(List<TranscriptLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Timestamp at = now();
        List<Object[]> rows = lines.stream().map(line -> new Object[] {line.chat(), at, line.fromUser(),
                line.text().length() > MAX_LINE ? line.text().substring(0, MAX_LINE) : line.text()}).toList();
        jdbc.batchUpdate("insert into transcript_line (chat, at, from_user, text) values (?, ?, ?, ?)", rows);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
