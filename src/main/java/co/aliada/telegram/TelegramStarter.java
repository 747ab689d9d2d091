package co.aliada.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import co.aliada.content.ContentException;
import co.aliada.conversation.Texts;
import co.aliada.store.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Brings Telegram up in the background, so a slow or unreachable Bot API never delays the app:
 * learns who the bot is, registers its commands, and (in polling mode) starts long polling. Telegram
 * allows one poller per token: on a shared database (PostgreSQL) the instances elect it with a lease
 * ({@value #POLLER}), renewed every few seconds; when the poller dies another takes over once its
 * lease has run out. On H2 (one instance) this instance polls at once.
 */
final class TelegramStarter implements SmartLifecycle {

    static final String POLLER = "telegram-poller";
    private static final Logger log = LoggerFactory.getLogger(TelegramStarter.class);
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration RENEW = Duration.ofSeconds(4);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramUpdates updates;
    private final BotCommands commands;
    private final Supplier<Texts> texts;
    private final AtomicReference<BotIdentity> identity;
    private final ClusterLock lock;
    private final boolean elect;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile ScheduledFuture<?> leading;
    private volatile boolean running;

    TelegramStarter(TelegramProperties properties, TelegramClient client, TelegramUpdates updates,
                    BotCommands commands, Supplier<Texts> texts, AtomicReference<BotIdentity> identity,
                    ClusterLock lock, boolean elect) {
        this.properties = properties;
        this.client = client;
        this.updates = updates;
        this.commands = commands;
        this.texts = texts;
        this.identity = identity;
        this.lock = lock;
        this.elect = elect;
        scheduler.setThreadNamePrefix("telegram-start-");
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true); // never what keeps a JVM alive whose application failed to start
        // at stop a getMe still waiting for an unreachable Bot API is interrupted; the thread touches no H2 file
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setAwaitTerminationSeconds(5);
        scheduler.initialize();
    }

    @Override
    public void start() {
        running = true;
        scheduler.execute(this::bringUp);
    }

    private void bringUp() {
        try {
            User me = client.execute(GetMe.builder().build());
            identity.set(new BotIdentity(me.getId(), me.getUserName()));
            log.info("Telegram bot @{} ({} mode, Bot API at {})", me.getUserName(),
                    properties.mode().name().toLowerCase(), properties.baseUrl());
        } catch (Exception e) {
            log.warn("Telegram getMe failed: {}", Secrets.describe(e));
        }
        List<SetMyCommands> menus;
        try {
            menus = commands.menus(texts.get());
        } catch (ContentException e) {
            return; // the content cannot be served: the start stops and says why, once, with the file and line
        }
        for (SetMyCommands menu : menus) {
            try {
                client.execute(menu);
            } catch (Exception e) {
                log.warn("Telegram setMyCommands ({}) failed: {}",
                        menu.getLanguageCode() == null ? "default" : menu.getLanguageCode(), Secrets.describe(e));
            }
        }
        if (properties.mode() == TelegramProperties.Mode.POLLING && running) {
            if (elect) {
                leading = scheduler.scheduleWithFixedDelay(this::lead, RENEW);
            } else {
                startPolling();
            }
        }
    }

    /** Polls while this instance holds the poller's lease; stops when another instance has it. */
    private void lead() {
        boolean held;
        try {
            held = lock.tryHold(POLLER, LEASE);
        } catch (RuntimeException e) {
            // the database is away: a poller keeps polling (its updates wait, unconfirmed, for the database)
            log.debug("poller lease not renewed: {}", Secrets.describe(e));
            return;
        }
        if (held && polling == null && running) {
            log.info("this instance long-polls Telegram");
            startPolling();
        } else if (!held && polling != null) {
            log.info("another instance long-polls Telegram now; this one stops");
            stopPolling();
        }
    }

    private synchronized void startPolling() {
        if (!running) {
            return; // stopped while getMe was under way: a poller started now would never be closed
        }
        TelegramUrl url = properties.telegramUrl();
        try {
            TelegramBotsLongPollingApplication started = new TelegramBotsLongPollingApplication();
            // closing a session closes its consumer: the lanes stay ours, closed in stop()
            LongPollingUpdateConsumer consumer = updates::consume;
            started.registerBot(properties.token(), () -> url, new DefaultGetUpdatesGenerator(), consumer);
            if (!started.isRunning()) {
                started.start();
            }
            polling = started;
        } catch (Exception e) {
            log.error("Telegram long polling could not start: {}", Secrets.describe(e));
        }
    }

    private synchronized void stopPolling() {
        try {
            if (polling != null) {
                polling.close();
            }
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", Secrets.describe(e));
        }
        polling = null;
    }

    @Override
    public void stop() {
        running = false;
        if (leading != null) {
            leading.cancel(false);
        }
        scheduler.shutdown();
        stopPolling();
        if (elect) {
            try {
                lock.release(POLLER); // the next poller need not wait for the lease to run out
            } catch (RuntimeException e) {
                log.debug("poller lease not released: {}", Secrets.describe(e));
            }
        }
        updates.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
