package co.aliada.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import co.aliada.conversation.TestBot;
import co.aliada.conversation.ChatStore;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.StoreUnavailableException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long polling confirms a batch when {@code consume} returns: by then every update in it is committed. */
class TelegramUpdatesTests {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A store whose commits are slow, recording the order in which each chat's events committed. */
    static final class SlowStore implements ChatStore {
        final Map<String, List<String>> committed = new ConcurrentHashMap<>();

        @Override
        public List<Outbound> inTurn(co.aliada.conversation.Inbound in, java.util.function.Function<co.aliada.conversation.ChatState, TurnResult> turn) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            committed.computeIfAbsent(in.chat(), chat -> new CopyOnWriteArrayList<>()).add(in.eventId());
            return List.of();
        }
    }

    private static Update update(long chat, int id) throws Exception {
        return JSON.readValue(UpdateJson.message(chat).text("hola " + id).toJson(id), Update.class);
    }

    @Test
    void consumeReturnsOnlyWhenEveryUpdateOfTheBatchIsCommittedEachChatInOrder() throws Exception {
        SlowStore store = new SlowStore();
        ConversationEngine engine = TestBot.builder().store(store).engine();
        List<Outbound> delivered = new CopyOnWriteArrayList<>();
        Delivery delivery = delivered::addAll;
        TelegramUpdates updates = new TelegramUpdates(new UpdateMapper(() -> BotIdentity.UNKNOWN, null, name -> name),
                engine, null, delivery, 4);
        List<Update> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(update(100 + i % 3, 500 + i));
        }

        updates.consume(batch);

        assertThat(store.committed.values().stream().mapToInt(List::size).sum()).isEqualTo(12);
        assertThat(store.committed.get("tg:100")).containsExactly("tg:500", "tg:503", "tg:506", "tg:509");
        assertThat(delivered).isEmpty();
        updates.close();
    }

    /** A database that is away for the first {@code downFor} turns, then answers and commits. */
    static final class AwayStore implements ChatStore {
        final List<String> committed = new CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger downFor;

        AwayStore(int downFor) {
            this.downFor = new java.util.concurrent.atomic.AtomicInteger(downFor);
        }

        @Override
        public List<Outbound> inTurn(co.aliada.conversation.Inbound in, java.util.function.Function<co.aliada.conversation.ChatState, TurnResult> turn) {
            if (downFor.getAndDecrement() > 0) {
                throw new StoreUnavailableException(new java.sql.SQLTransientConnectionException("connection refused"));
            }
            committed.add(in.eventId());
            return List.of();
        }
    }

    @Test
    void whileTheDatabaseIsAwayABatchIsNotReturnedAndNoApologyIsSentThenItIsHandledInOrder() throws Exception {
        AwayStore store = new AwayStore(3);
        ConversationEngine engine = TestBot.builder().store(store).engine();
        List<Outbound> delivered = new CopyOnWriteArrayList<>();
        TelegramUpdates updates = new TelegramUpdates(new UpdateMapper(() -> BotIdentity.UNKNOWN, null, name -> name),
                engine, null, delivered::addAll, 4);

        updates.consume(List.of(update(300, 700), update(300, 701)));

        assertThat(store.committed).containsExactly("tg:700", "tg:701");
        assertThat(delivered).as("no apology: nothing went wrong that the user should hear of").isEmpty();
        updates.close();
    }

    @Test
    void aWebhookUpdateMetByAnAbsentDatabaseFailsSoThatTelegramSendsItAgain() throws Exception {
        AwayStore store = new AwayStore(Integer.MAX_VALUE);
        ConversationEngine engine = TestBot.builder().store(store).engine();
        List<Outbound> delivered = new CopyOnWriteArrayList<>();
        TelegramUpdates updates = new TelegramUpdates(new UpdateMapper(() -> BotIdentity.UNKNOWN, null, name -> name),
                engine, null, delivered::addAll, 4);

        assertThatThrownBy(() -> updates.accept(update(301, 702)).join())
                .hasCauseInstanceOf(StoreUnavailableException.class);
        assertThat(store.committed).isEmpty();
        assertThat(delivered).isEmpty();
        updates.close();
    }
}
