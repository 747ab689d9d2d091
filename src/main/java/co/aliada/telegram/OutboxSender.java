package co.aliada.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import co.aliada.conversation.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the outbox: each chat's pieces strictly in order, one in flight per chat, within Telegram's
 * limits. A piece is marked sent only after the Bot API said ok; 429 waits {@code retry_after} (that
 * chat, or every chat when many are told to wait at once), 5xx and network errors are retried with
 * exponential backoff and jitter, other errors (400, 403 blocked) fail the piece and the chat goes on. A 403
 * is reported, so that nothing is written to that chat on the bot's own initiative again.
 * <p>
 * Several instances may send from one database: each piece is claimed (a lease in its row) before it is
 * sent, so one instance sends it; a chat's next piece is claimable only once this one is marked, so the
 * chat's order holds across instances. A sender that dies leaves its claim to run out ({@code lease}),
 * and another sends the piece: at least once, never lost. {@code sender-enabled=false} sends nothing here.
 * On an embedded database only this process can open the file, so nothing is claimed: the sender's own
 * bookkeeping keeps one piece per chat in flight, and each piece costs one write (sent) instead of two.
 */
final class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxTable table;
    private final TelegramSender sender;
    private final OutboxProperties props;
    private final RateLimits limits;
    private final FloodWatch flood;
    /** Told of a chat whose person blocked the bot (403), so features stop writing to it. */
    private final Consumer<String> unreachable;
    private final Semaphore wake = new Semaphore(0);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** When each chat's last send ended (a tick): heads read before it are stale, their row may be sent already. */
    private final Map<String, Long> ended = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();
    private final String instance;
    /** False when this process is the only one that can send (an embedded database). */
    private final boolean claims;
    private final Executor dispatcher;
    private final Executor pool;
    private final List<ThreadPoolTaskExecutor> owned = new ArrayList<>();
    private volatile boolean running;
    private java.util.function.IntConsumer apiErrors = code -> {
    };

    OutboxSender(OutboxTable table, TelegramSender sender, OutboxProperties props) {
        this(table, sender, props, chat -> {
        });
    }

    OutboxSender(OutboxTable table, TelegramSender sender, OutboxProperties props, Consumer<String> unreachable) {
        this(table, sender, props, "outbox-" + Long.toHexString(System.nanoTime()), true, unreachable);
    }

    /**
     * {@code instance} names this sender in the claims it writes (one per process); {@code claims} false
     * when no other process can reach the outbox.
     */
    OutboxSender(OutboxTable table, TelegramSender sender, OutboxProperties props, String instance, boolean claims,
                 Consumer<String> unreachable) {
        this.unreachable = unreachable;
        this.table = table;
        this.sender = sender;
        this.props = props;
        this.limits = new RateLimits(props, System.nanoTime());
        this.flood = new FloodWatch(props.floodChats());
        this.instance = instance;
        this.claims = claims;
        this.dispatcher = own(executor("outbox-dispatch", 1));
        this.pool = own(executor("outbox-send", Math.max(1, props.senders())));
    }

    /** The sender's threads, started and stopped with the application; they finish what they send first. */
    static ThreadPoolTaskExecutor executor(String name, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(name + "-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    private Executor own(ThreadPoolTaskExecutor executor) {
        executor.initialize();
        owned.add(executor);
        return executor;
    }

    /** Counts each failed Bot API call by its error code ({@code 0}: no answer, a network error). */
    OutboxSender countingErrors(java.util.function.IntConsumer counter) {
        this.apiErrors = counter;
        return this;
    }

    /** Looks at the outbox now rather than at the next poll. */
    void wake() {
        wake.release();
    }

    @Override
    public void start() {
        if (!props.senderEnabled()) {
            log.info("outbox sender off on this instance (aliada.outbox.sender-enabled=false): other instances send");
            return;
        }
        running = true;
        dispatcher.execute(this::dispatch);
    }

    private void dispatch() {
        while (running) {
            long sleep = props.poll().toNanos();
            try {
                sleep = Math.min(sleep, dispatchDue());
            } catch (RuntimeException e) {
                log.warn("outbox could not be read: {}", Secrets.describe(e));
            }
            try {
                wake.tryAcquire(Math.max(1_000_000, sleep), TimeUnit.NANOSECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Starts every head that may go now; returns how long until the next one may. */
    private long dispatchDue() {
        long sleep = Long.MAX_VALUE;
        Instant now = Instant.now();
        long nanos = System.nanoTime();
        long paused = flood.pausedFor(nanos);
        if (paused > 0) {
            return paused;
        }
        long seen = ticks.get();
        for (OutboxTable.Head head : table.heads(now)) {
            if (!running) {
                break;
            }
            if (inFlight.contains(head.chat()) || ended.getOrDefault(head.chat(), 0L) > seen) {
                continue;
            }
            if (head.nextAt().isAfter(now)) {
                sleep = Math.min(sleep, Duration.between(now, head.nextAt()).toNanos());
                continue;
            }
            long chatId = UpdateMapper.chatId(head.chat()).orElse(0L);
            long wait = limits.waitFor(chatId, nanos);
            if (wait > 0) {
                sleep = Math.min(sleep, wait);
                if (!limits.globalAllows(nanos)) {
                    break;
                }
                continue;
            }
            if (claims && !table.claim(head.id(), instance, now.plus(props.lease()), now)) {
                continue; // another instance is sending it, or has sent it since the heads were read
            }
            limits.take(chatId, nanos);
            inFlight.add(head.chat());
            pool.execute(() -> send(head));
        }
        ended.values().removeIf(tick -> tick <= seen);
        return sleep;
    }

    private void send(OutboxTable.Head head) {
        try {
            Piece piece = table.piece(head.id());
            boolean edit = piece.method() == Piece.Method.EDIT;
            Integer sent = sender.deliver(piece, edit ? table.remembered(head.chat(), piece.ref()) : null);
            if (!edit && piece.ref() != null && sent != null) {
                table.remember(head.chat(), piece.ref(), sent, Instant.now());
            }
            table.sent(head.id(), head.attempts() + 1, Instant.now());
        } catch (TelegramApiRequestException e) {
            failed(head, e.getErrorCode() == null ? 0 : e.getErrorCode(), retryAfter(e), e);
        } catch (TelegramApiException | RuntimeException e) {
            failed(head, 0, null, e);
        } finally {
            ended.put(head.chat(), ticks.incrementAndGet());
            inFlight.remove(head.chat());
            wake.release();
        }
    }

    private void failed(OutboxTable.Head head, int code, Integer retryAfter, Exception error) {
        int attempts = head.attempts() + 1;
        apiErrors.accept(code);
        String why = Secrets.describe(error);
        String chat = LogSafe.chat(head.chat());
        if (code == 429) {
            Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
            flood.told(head.chat(), wait, System.nanoTime());
            table.retryAt(head.id(), attempts, Instant.now().plus(wait), why);
        } else if ((code == 0 || code >= 500) && attempts < props.maxAttempts()) {
            table.retryAt(head.id(), attempts, Instant.now().plus(backoff(attempts)), why);
            log.debug("outbox message {} to {} will be retried (try {}): {}", head.id(), chat, attempts, why);
        } else {
            table.failed(head.id(), attempts, why);
            if (code == 403) {
                tellUnreachable(head.chat());
            }
            log.warn("outbox message {} to {} failed for good after {} tries: {}", head.id(), chat, attempts, why);
        }
    }

    private void tellUnreachable(String chat) {
        try {
            unreachable.accept(chat);
        } catch (RuntimeException e) {
            log.warn("could not record that {} blocked the bot: {}", LogSafe.chat(chat), Secrets.describe(e));
        }
    }

    private static Integer retryAfter(TelegramApiRequestException e) {
        return e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    }

    /** firstRetry × 2^(tries−1), capped at maxRetry, then a random half to full of it. */
    Duration backoff(int attempts) {
        long first = props.firstRetry().toMillis();
        long full = Math.min(props.maxRetry().toMillis(), first << Math.min(20, attempts - 1));
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    @Override
    public void stop() {
        running = false;
        wake.release(); // not an interrupt: H2 closes its file when a thread is interrupted during I/O
        owned.forEach(ThreadPoolTaskExecutor::shutdown); // waits (10 s at most) for the pieces in flight to be marked
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
