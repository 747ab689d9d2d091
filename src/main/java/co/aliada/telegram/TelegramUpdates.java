package co.aliada.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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
 * <p>
 * When the database does not answer, the update is tried again on its lane (so the chat's order
 * holds) until it answers: long polling then asks for nothing new, and Telegram keeps the unconfirmed
 * updates; a webhook request gives up after {@link #WEBHOOK_STORE_WAIT} with an error, and Telegram sends
 * it again later. A button press's ephemeral calls (stop the spinner, take the keyboard off) go on a
 * small bounded pool of their own, so a slow Bot API never holds a lane.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    /** Updates waiting in one lane; a full lane makes the caller wait (long polling, webhook requests). */
    static final int LANE_QUEUE = 256;
    /** How long a webhook request waits for an absent database before it answers 503. */
    static final Duration WEBHOOK_STORE_WAIT = Duration.ofSeconds(5);
    private static final long FIRST_RETRY_MS = 100;
    private static final long MAX_RETRY_MS = 2000;
    /** Characters Telegram shows in a button's pop-up. */
    static final int POPUP = 200;

    private final UpdateMapper mapper;
    private final ConversationEngine engine;
    private final TelegramSender sender;
    private final Delivery delivery;
    private final ThreadPoolExecutor[] lanes;
    private final ThreadPoolExecutor ephemeral;
    private volatile boolean closed;
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
            lanes[i] = pool("telegram-lane-" + i + "-", 1, LANE_QUEUE, TelegramUpdates::waitForRoom);
        }
        // a spinner left turning or a keyboard left on is harmless: when the Bot API is slow, drop, never wait
        this.ephemeral = pool("telegram-ephemeral-", 2, 1000, (task, pool) -> log.debug("ephemeral Bot API call dropped"));
    }

    /** A Spring task executor (named threads, bounded queue); {@link #close()} drains it on shutdown. */
    private static ThreadPoolExecutor pool(String prefix, int threads, int queue, RejectedExecutionHandler whenFull) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(whenFull);
        executor.initialize();
        return executor.getThreadPoolExecutor();
    }

    /** Content files that admins send in a private chat go here instead of the conversation. */
    TelegramUpdates withAdminUploads(AdminUploads adminUploads) {
        this.uploads = adminUploads;
        return this;
    }

    /**
     * Handles the batch, chats in parallel, and returns when all of it is committed; while the database
     * is away it keeps trying (Telegram is asked for nothing new meanwhile, so nothing is confirmed).
     */
    @Override
    public void consume(List<Update> updates) {
        CompletableFuture.allOf(updates.stream().map(update -> accept(update, Long.MAX_VALUE))
                .toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Queues one update on its chat's lane; the future completes once it is handled and committed, or
     * fails with {@link StoreUnavailableException} when the database stayed away {@link #WEBHOOK_STORE_WAIT}.
     */
    CompletableFuture<Void> accept(Update update) {
        return accept(update, System.nanoTime() + WEBHOOK_STORE_WAIT.toNanos());
    }

    private CompletableFuture<Void> accept(Update update, long deadline) {
        long key = laneKey(update);
        CallbackQuery press = update.getCallbackQuery();
        if (press != null && sender != null && !answersLater(press)) {
            ephemeral.execute(() -> sender.acknowledge(press.getId()));
        }
        return CompletableFuture.runAsync(() -> handle(update, deadline),
                lanes[Math.floorMod(Long.hashCode(key), lanes.length)]);
    }

    private void handle(Update update, long deadline) {
        long wait = FIRST_RETRY_MS;
        while (true) {
            try {
                handle(update);
                return;
            } catch (StoreUnavailableException e) {
                if (closed || (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0)) {
                    log.warn("update {} not handled, the database is not answering; Telegram will send it again",
                            update.getUpdateId());
                    throw e;
                }
                log.debug("update {} waits for the database", update.getUpdateId());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = Math.min(MAX_RETRY_MS, wait * 2);
            }
        }
    }

    private void handle(Update update) {
        try {
            CallbackQuery press = update.getCallbackQuery();
            if (uploads.take(update)) {
                return;
            }
            var in = mapper.map(update);
            if (in.isEmpty()) {
                answerPress(press, List.of());
                return;
            }
            if (otherGroups != null && otherGroups.isOther(update)) {
                delivery.deliver(List.of(otherGroups.pointer(in.get())));
                return;
            }
            // what the outbox did not take: the apology of a turn that failed and so committed nothing
            List<Outbound> left = engine.handle(in.get());
            if (press != null && press.getMessage() != null && sender != null) {
                long chat = press.getMessage().getChatId();
                int message = press.getMessage().getMessageId();
                ephemeral.execute(() -> sender.clearKeyboard(chat, message));
            }
            left = answerPress(press, left);
            if (!left.isEmpty()) {
                delivery.deliver(left);
            }
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("update {} failed: {}", update.getUpdateId(), Secrets.describe(e));
            answerPress(update.getCallbackQuery(), List.of());
        }
    }

    /**
     * A press in the consultants' group is answered once its turn is done, so that feedback meant for the
     * consultant who pressed ("someone took it already") shows as the button's pop-up, not in the group.
     */
    private boolean answersLater(CallbackQuery press) {
        return press.getMessage() != null && mapper.isConsultantsChat(press.getMessage().getChatId());
    }

    /** Answers a deferred press with the turn's notices; returns the rest (notices become messages where no press waits). */
    private List<Outbound> answerPress(CallbackQuery press, List<Outbound> replies) {
        boolean waiting = press != null && sender != null && answersLater(press);
        List<String> notices = replies.stream().filter(Outbound::notice).map(Outbound::plainText).toList();
        if (waiting) {
            String text = notices.isEmpty() ? null : String.join("\n", notices);
            String shown = text == null || text.length() <= POPUP ? text : text.substring(0, POPUP - 1) + "…";
            ephemeral.execute(() -> {
                if (shown == null) {
                    sender.acknowledge(press.getId());
                } else {
                    sender.notice(press.getId(), shown);
                }
            });
        }
        return replies.stream().filter(o -> !(waiting && o.notice()))
                .map(o -> o.notice() ? new Outbound(o.chat(), o.text(), o.buttons(), o.image(), o.document(),
                        o.media(), o.thread(), false, o.ref()) : o).toList();
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
        closed = true;
        ephemeral.shutdown();
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
