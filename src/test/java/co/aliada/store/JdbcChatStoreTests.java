package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.StoreUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The store on the two databases it runs on: embedded H2 and PostgreSQL, both migrated by Flyway. */
class JdbcChatStoreTests {

    private static EmbeddedPostgres postgres;
    private static DataSource h2;

    @BeforeAll
    static void startDatabases() throws IOException {
        postgres = EmbeddedPostgres.start();
        h2 = new DriverManagerDataSource("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        for (DataSource db : List.of(postgres.getPostgresDatabase(), h2)) {
            Flyway.configure().dataSource(db).load().migrate();
        }
    }

    @AfterAll
    static void stopDatabases() throws IOException {
        postgres.close();
    }

    static Stream<Arguments> databases() {
        // as the application has them: every text parameter cleaned for PostgreSQL (StorableDataSource)
        return Stream.of(Arguments.of("H2", new StorableDataSource(h2)),
                Arguments.of("PostgreSQL", new StorableDataSource(postgres.getPostgresDatabase())));
    }

    private static ChatStore store(DataSource db) {
        return new JdbcChatStore(new JdbcTemplate(db), new TransactionTemplate(new DataSourceTransactionManager(db)),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static ChatStore.TurnResult answer(ChatState state, String step, ChatState.Consent consent) {
        state.step(step);
        state.consent(consent);
        state.lang("en");
        state.put("profile.sector", "ict");
        return new ChatStore.TurnResult(state, List.of(Outbound.text(state.chat(), "ok")), List.of(
                new ChatStore.TranscriptLine(state.chat(), true, "hi"),
                new ChatStore.TranscriptLine(state.chat(), false, "ok")));
    }

    private static int transcriptLines(DataSource db, String chat) {
        return new JdbcTemplate(db).queryForObject("select count(*) from transcript_line where chat = ?", Integer.class, chat);
    }

    private static ChatState stored(ChatStore store, String chat) {
        ChatState[] seen = new ChatState[1];
        store.inTurn(Inbound.text(chat, ""), state -> {
            seen[0] = state;
            return new ChatStore.TurnResult(state, List.of(), List.of());
        });
        return seen[0];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTurnCommitsTheStateAndTheTranscript(String name, DataSource db) {
        ChatStore store = store(db);
        String chat = "web:" + UUID.randomUUID();
        List<Outbound> replies = store.inTurn(Inbound.text(chat, "hi"),
                state -> answer(state, "profile.size", ChatState.Consent.ACCEPTED));

        assertThat(replies).extracting(Outbound::text).containsExactly("ok");
        ChatState state = stored(store, chat);
        assertThat(state.step()).isEqualTo("profile.size");
        assertThat(state.lang()).isEqualTo("en");
        assertThat(state.consented()).isTrue();
        assertThat(state.data()).isEqualTo(Map.of("profile.sector", "ict"));
        assertThat(transcriptLines(db, chat)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameEventIdTwiceChangesNothing(String name, DataSource db) {
        ChatStore store = store(db);
        String chat = "tg:" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        AtomicInteger turns = new AtomicInteger();
        store.inTurn(Inbound.text(chat, "hi").withEventId(event), state -> {
            turns.incrementAndGet();
            return answer(state, "profile.size", ChatState.Consent.ACCEPTED);
        });
        List<Outbound> again = store.inTurn(Inbound.text(chat, "hi").withEventId(event), state -> {
            turns.incrementAndGet();
            return answer(state, "profile.municipality", ChatState.Consent.ACCEPTED);
        });

        assertThat(again).isEmpty();
        assertThat(turns).hasValue(1);
        assertThat(stored(store, chat).step()).isEqualTo("profile.size");
        assertThat(transcriptLines(db, chat)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTranscriptIsKeptOnlyAfterConsent(String name, DataSource db) {
        ChatStore store = store(db);
        String chat = "web:" + UUID.randomUUID();
        store.inTurn(Inbound.text(chat, "hi"), state -> answer(state, "start", ChatState.Consent.NONE));
        store.inTurn(Inbound.text(chat, "no"), state -> answer(state, "declined", ChatState.Consent.DECLINED));
        assertThat(transcriptLines(db, chat)).isZero();

        store.inTurn(Inbound.button(chat, "consent:yes"), state -> answer(state, "profile.sector", ChatState.Consent.ACCEPTED));
        assertThat(transcriptLines(db, chat)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTurnThatFailsLeavesNoTrace(String name, DataSource db) {
        ChatStore store = store(db);
        String chat = "web:" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        store.inTurn(Inbound.text(chat, "hi"), state -> answer(state, "profile.size", ChatState.Consent.ACCEPTED));
        assertThatThrownBy(() -> store.inTurn(Inbound.text(chat, "boom").withEventId(event), state -> {
            answer(state, "profile.municipality", ChatState.Consent.ACCEPTED);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stored(store, chat).step()).isEqualTo("profile.size");
        assertThat(transcriptLines(db, chat)).isEqualTo(2);
        assertThat(store.inTurn(Inbound.text(chat, "retry").withEventId(event),
                state -> answer(state, "profile.municipality", ChatState.Consent.ACCEPTED))).isNotEmpty();
    }

    /** The row stays locked for the whole turn on both databases, however each takes the lock. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTurnHoldsItsChatsRowUntilItCommits(String name, DataSource db) throws Exception {
        ChatStore store = store(db);
        String chat = "web:" + UUID.randomUUID();
        store.inTurn(Inbound.text(chat, "uno"), JdbcChatStoreTests::count);
        String[] duringTheTurn = new String[1];

        store.inTurn(Inbound.text(chat, "dos"), state -> {
            duringTheTurn[0] = writeFromElsewhere(db, name, chat);
            return count(state);
        });

        assertThat(duringTheTurn[0]).as("another transaction writing the row during the turn").isEqualTo("waited");
        assertThat(writeFromElsewhere(db, name, chat)).as("once the turn has committed").isEqualTo("written");
        assertThat(stored(store, chat).data()).containsEntry("turns", "2");
    }

    /** Another connection's write to the chat's row, given up after a short wait for a lock. */
    private static String writeFromElsewhere(DataSource db, String name, String chat) {
        try (var connection = db.getConnection(); var statement = connection.createStatement()) {
            statement.execute(name.equals("H2") ? "set lock_timeout 300" : "set lock_timeout = '300ms'");
            try (var write = connection.prepareStatement("update chat_state set lang = lang where chat = ?")) {
                write.setString(1, chat);
                write.executeUpdate();
            }
            return "written";
        } catch (java.sql.SQLException e) {
            return "waited";
        }
    }

    /** PostgreSQL: the database of several instances (H2 serves one, whose engine already takes a chat's turns one at a time). */
    @org.junit.jupiter.api.Test
    void twoInstancesMeetingANewChatTakeTurnsAndNeitherMessageIsLost() throws Exception {
        DataSource db = new StorableDataSource(postgres.getPostgresDatabase());
        ChatStore one = store(db);
        ChatStore other = store(db);
        String chat = "tg:" + UUID.randomUUID();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Outbound>> first = threads.submit(() -> one.inTurn(Inbound.text(chat, "uno").withEventId("e1-" + chat),
                    state -> {
                        firstInside.countDown();
                        awaitBlocked(secondStarted, db);
                        return count(state);
                    }));
            firstInside.await();
            Future<List<Outbound>> second = threads.submit(() -> {
                secondStarted.countDown();
                return other.inTurn(Inbound.text(chat, "dos").withEventId("e2-" + chat), JdbcChatStoreTests::count);
            });

            assertThat(first.get(30, TimeUnit.SECONDS)).extracting(Outbound::text).containsExactly("1");
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the second waited for the first, then had its turn")
                    .extracting(Outbound::text).containsExactly("2");
            assertThat(stored(one, chat).data()).containsEntry("turns", "2");
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyTextStoredIsCleanedOfNulsWhateverWritesIt(String name, DataSource db) {
        JdbcTemplate jdbc = new JdbcTemplate(db);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        // a statement of its own (as challenges, cases and self-check results are inserted) ...
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("insert into escalation_case (chat, status, reason, lang,"
                    + " opened_at) values (?, ?, ?, ?, current_timestamp)", new String[] {"id"});
            insert.setString(1, "tg:nul");
            insert.setString(2, "OPEN");
            insert.setString(3, "asked\u0000");
            insert.setString(4, "es");
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        // ... and JdbcTemplate arguments (case messages)
        jdbc.update("insert into escalation_case_message (case_id, at, from_user, text) values (?, current_timestamp, ?, ?)",
                id, true, "hola\u0000 \ud800 😀");

        assertThat(jdbc.queryForObject("select reason from escalation_case where id = ?", String.class, id))
                .isEqualTo("asked\uFFFD");
        assertThat(jdbc.queryForObject("select text from escalation_case_message where case_id = ?", String.class, id))
                .isEqualTo("hola\uFFFD \uFFFD 😀");
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatDoesNotAnswerIsToldApartFromABug() {
        DataSource away = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "x", "");
        ChatStore store = new JdbcChatStore(new JdbcTemplate(away), new TransactionTemplate(new DataSourceTransactionManager(away)),
                Clock.systemUTC(), (co.aliada.conversation.Outbox) null, Dialect.POSTGRESQL);

        assertThatThrownBy(() -> store.inTurn(Inbound.text("tg:1", "hola"), JdbcChatStoreTests::count))
                .isInstanceOf(StoreUnavailableException.class);
    }

    private static ChatStore.TurnResult count(ChatState state) {
        int turns = Integer.parseInt(state.data().getOrDefault("turns", "0")) + 1;
        state.put("turns", String.valueOf(turns));
        return new ChatStore.TurnResult(state, List.of(Outbound.text(state.chat(), String.valueOf(turns))), List.of());
    }

    /**
     * Turns of one chat run at once, with nothing above the store taking them one at a time (as the engine's
     * stripes do in one instance): the row's lock alone makes each read the state the one before it wrote.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void turnsOfOneChatAtOnceEachReadTheStateTheLastOneWrote(String name, DataSource db) throws Exception {
        String chat = "web:" + UUID.randomUUID();
        store(db).inTurn(Inbound.text(chat, "0"), state -> new ChatStore.TurnResult(state, List.of(), List.of()));
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ChatStore store = store(db);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.inTurn(Inbound.text(chat, "+1"), JdbcChatStoreTests::count);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(store(db), chat).data()).containsEntry("turns", String.valueOf(threads * each));
    }

    /** Waits until the other instance's transaction waits on a lock of this one. */
    private static void awaitBlocked(CountDownLatch started, DataSource db) {
        try {
            started.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String blocked = "select count(*) from pg_stat_activity where wait_event_type = 'Lock'";
        JdbcTemplate watcher = new JdbcTemplate(db);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> watcher.queryForObject(blocked, Integer.class) > 0);
    }
}
