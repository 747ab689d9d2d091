package co.aliada.telegram;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import co.aliada.conversation.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Brings Telegram up in the background, so a slow or unreachable Bot API never delays the app:
 * learns who the bot is, registers its commands, and (in polling mode) starts long polling.
 */
final class TelegramStarter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramStarter.class);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramUpdates updates;
    private final BotCommands commands;
    private final Supplier<Texts> texts;
    private final AtomicReference<BotIdentity> identity;
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile Thread starting;
    private volatile boolean running;

    TelegramStarter(TelegramProperties properties, TelegramClient client, TelegramUpdates updates,
                    BotCommands commands, Supplier<Texts> texts, AtomicReference<BotIdentity> identity) {
        this.properties = properties;
        this.client = client;
        this.updates = updates;
        this.commands = commands;
        this.texts = texts;
        this.identity = identity;
    }

    @Override
    public void start() {
        running = true;
        starting = new Thread(this::bringUp, "telegram-start");
        starting.setDaemon(true);
        starting.start();
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
        for (SetMyCommands menu : commands.menus(texts.get())) {
            try {
                client.execute(menu);
            } catch (Exception e) {
                log.warn("Telegram setMyCommands ({}) failed: {}",
                        menu.getLanguageCode() == null ? "default" : menu.getLanguageCode(), Secrets.describe(e));
            }
        }
        if (properties.mode() == TelegramProperties.Mode.POLLING && running) {
            startPolling();
        }
    }

    private synchronized void startPolling() {
        TelegramUrl url = properties.telegramUrl();
        try {
            polling = new TelegramBotsLongPollingApplication();
            polling.registerBot(properties.token(), () -> url, new DefaultGetUpdatesGenerator(), updates);
            if (!polling.isRunning()) {
                polling.start();
            }
        } catch (Exception e) {
            log.error("Telegram long polling could not start: {}", Secrets.describe(e));
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (starting != null) {
            starting.interrupt();
        }
        try {
            if (polling != null) {
                polling.close();
            }
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", Secrets.describe(e));
        }
        updates.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
