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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chat state in the database, one row per chat, locked for the length of a turn so that instances
 * behind a load balancer also handle a chat one message at a time. The transcript is kept only for
 * chats that gave consent. Replies for chats of a push channel go to its {@link Outbox} in the same
 * transaction, and are not returned.
 */
@Repository
class JdbcChatStore implements ChatStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };
    private static final int MAX_LINE = 20000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Outbox outbox;
    private ChatHistory history;

    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this(jdbc, tx, clock, (Outbox) null);
    }

    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, Outbox outbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Autowired
    JdbcChatStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, ObjectProvider<Outbox> outbox,
                  ObjectProvider<ChatHistory> history) {
        this(jdbc, tx, clock, outbox.getIfAvailable());
        this.history = history.getIfAvailable();
    }

    @Override
    public List<Outbound> inTurn(Inbound in, Function<ChatState, TurnResult> turn) {
        try {
            return tx.execute(status -> {
                if (in.eventId() != null && alreadyHandled(in.eventId())) {
                    return List.<Outbound>of();
                }
                TurnResult result = turn.apply(load(in.chat()));
                save(result.state());
                if (result.state().consented()) {
                    result.transcript().forEach(this::append);
                }
                if (history != null) {
                    history.keep(in, result.said(), result.replies(),
                            result.state().consent() == ChatState.Consent.DECLINED);
                }
                if (in.eventId() != null) {
                    jdbc.update("insert into processed_event (event_id, processed_at) values (?, ?)",
                            in.eventId(), now());
                }
                return outbox == null ? result.replies() : outbox.keep(result.replies());
            });
        } catch (DuplicateKeyException raced) {
            return List.of(); // another worker handled the same event first
        }
    }

    private boolean alreadyHandled(String eventId) {
        Integer seen = jdbc.queryForObject("select count(*) from processed_event where event_id = ?",
                Integer.class, eventId);
        return seen != null && seen > 0;
    }

    private ChatState load(String chat) {
        List<ChatState> found = jdbc.query(
                "select lang, step, consent, data from chat_state where chat = ? for update",
                (rs, i) -> new ChatState(chat, rs.getString("lang"), rs.getString("step"),
                        ChatState.Consent.valueOf(rs.getString("consent")), JSON.readValue(rs.getString("data"), DATA)),
                chat);
        return found.isEmpty() ? ChatState.fresh(chat) : found.get(0);
    }

    private void save(ChatState state) {
        String data = JSON.writeValueAsString(state.data());
        String lang = state.hasLang() ? state.lang() : null;
        int updated = jdbc.update("update chat_state set lang = ?, step = ?, consent = ?, data = ?, updated_at = ? where chat = ?",
                lang, state.step(), state.consent().name(), data, now(), state.chat());
        if (updated == 0) {
            jdbc.update("insert into chat_state (chat, lang, step, consent, data, updated_at) values (?, ?, ?, ?, ?, ?)",
                    state.chat(), lang, state.step(), state.consent().name(), data, now());
        }
    }

    private void append(TranscriptLine line) {
        String text = storable(line.text().length() > MAX_LINE ? line.text().substring(0, MAX_LINE) : line.text());
        jdbc.update("insert into transcript_line (chat, at, from_user, text) values (?, ?, ?, ?)",
                line.chat(), now(), line.fromUser(), text);
    }

    /** PostgreSQL text holds no NUL and no lone surrogate: each becomes U+FFFD, as on H2 the same line reads back. */
    static String storable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
