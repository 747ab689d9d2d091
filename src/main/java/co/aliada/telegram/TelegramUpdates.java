package co.aliada.telegram;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from long polling or the webhook and runs them through the engine. Each chat has one
 * lane (a single thread chosen by chat id), so a chat's updates are handled in order while other
 * chats go on in parallel. A batch is returned only once every update in it is handled and committed:
 * long polling confirms a batch (the next offset) only after that, so a crash loses no update, and
 * the store's {@code update_id} de-duplication makes the redelivery harmless. Replies leave through
 * the outbox, which the turn filled in its own transaction.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    /** Updates waiting in one lane; a full lane makes the caller wait (long polling, webhook requests). */
    static final int LANE_QUEUE = 256;

    private final UpdateMapper mapper;
    private final ConversationEngine engine;
    private final TelegramSender sender;
    private final Delivery delivery;
    private final ThreadPoolExecutor[] lanes;
    private final OtherGroups otherGroups;
    private AdminUploads uploads = AdminUploads.NONE;

    TelegramUpdates(UpdateMapper mapper, ConversationEngine engine, TelegramSender sender, Delivery delivery,
                    int laneCount) {
        this(mapper, engine, sender, delivery, laneCount, null);
    }

    /** @param otherGroups groups that only get a pointer to a private chat; null to treat every group as a chat */
    TelegramUpdates(UpdateMapper mapper, ConversationEngine engine, TelegramSender sender, Delivery delivery,
                    int laneCount, OtherGroups otherGroups) {
        this.otherGroups = otherGroups;
        this.mapper = mapper;
        this.engine = engine;
        this.sender = sender;
        this.delivery = delivery;
        this.lanes = new ThreadPoolExecutor[laneCount];
        for (int i = 0; i < laneCount; i++) {
            String name = "telegram-lane-" + i;
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(LANE_QUEUE),
                    task -> new Thread(task, name), TelegramUpdates::waitForRoom);
        }
    }

    /** Content files that admins send in a private chat go here instead of the conversation. */
    TelegramUpdates withAdminUploads(AdminUploads adminUploads) {
        this.uploads = adminUploads;
        return this;
    }

    /** Handles the batch, chats in parallel, and returns when all of it is committed. */
    @Override
    public void consume(List<Update> updates) {
        CompletableFuture.allOf(updates.stream().map(this::accept).toArray(CompletableFuture[]::new)).join();
    }

    /** Queues one update on its chat's lane; the future completes once it is handled and committed. */
    CompletableFuture<Void> accept(Update update) {
        long key = laneKey(update);
        return CompletableFuture.runAsync(() -> handle(update), lanes[Math.floorMod(Long.hashCode(key), lanes.length)]);
    }

    private void handle(Update update) {
        try {
            CallbackQuery press = update.getCallbackQuery();
            if (press != null) {
                sender.acknowledge(press.getId());
            }
            if (uploads.take(update)) {
                return;
            }
            var in = mapper.map(update);
            if (in.isEmpty()) {
                return;
            }
            if (otherGroups != null && otherGroups.isOther(update)) {
                delivery.deliver(List.of(otherGroups.pointer(in.get())));
                return;
            }
            // what the outbox did not take: the apology of a turn that failed and so committed nothing
            List<Outbound> left = engine.handle(in.get());
            if (press != null && press.getMessage() != null) {
                sender.clearKeyboard(press.getMessage().getChatId(), press.getMessage().getMessageId());
            }
            if (!left.isEmpty()) {
                delivery.deliver(left);
            }
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

    private static void waitForRoom(Runnable task, ThreadPoolExecutor lane) {
        if (lane.isShutdown()) {
            throw new java.util.concurrent.RejectedExecutionException("Telegram lanes are closed");
        }
        try {
            lane.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.RejectedExecutionException("interrupted while waiting for a lane", e);
        }
    }

    @Override
    public void close() {
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdown();
        }
        try {
            for (ThreadPoolExecutor lane : lanes) {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
