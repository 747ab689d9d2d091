package co.aliada.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from long polling or the webhook and runs them through the engine. Each chat has one
 * lane (a single thread chosen by chat id), so a chat's updates are handled in order while other
 * chats go on in parallel.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final UpdateMapper mapper;
    private final ConversationEngine engine;
    private final TelegramSender sender;
    private final ExecutorService[] lanes;

    TelegramUpdates(UpdateMapper mapper, ConversationEngine engine, TelegramSender sender, int laneCount) {
        this.mapper = mapper;
        this.engine = engine;
        this.sender = sender;
        this.lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            String name = "telegram-lane-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(task -> new Thread(task, name));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::accept);
    }

    /** Queues one update on its chat's lane and returns at once. */
    void accept(Update update) {
        long key = laneKey(update);
        lanes[Math.floorMod(Long.hashCode(key), lanes.length)].execute(() -> handle(update));
    }

    private void handle(Update update) {
        try {
            CallbackQuery press = update.getCallbackQuery();
            if (press != null) {
                sender.acknowledge(press.getId());
            }
            List<Outbound> replies = mapper.map(update).map(engine::handle).orElse(List.of());
            if (press != null && press.getMessage() != null && !replies.isEmpty()) {
                sender.clearKeyboard(press.getMessage().getChatId(), press.getMessage().getMessageId());
            }
            replies.forEach(sender::send);
        } catch (RuntimeException e) {
            log.error("update {} failed: {}", update.getUpdateId(), Secrets.describe(e));
        }
    }

    private static long laneKey(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return update.getUpdateId() == null ? 0 : update.getUpdateId();
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        try {
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
