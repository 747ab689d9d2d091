package co.aliada.telegram;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import co.aliada.admin.AdminNotices;
import co.aliada.content.ContentPart;
import co.aliada.conversation.ChatUnreachable;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Drawings;
import co.aliada.conversation.Outbox;
import co.aliada.conversation.Texts;
import co.aliada.store.ClusterLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram channel, present only when a bot token is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(OnTelegramToken.class)
class TelegramConfiguration {

    /** Lanes that handle chats in parallel; each chat always uses the same one. */
    static final int LANES = Math.max(4, Runtime.getRuntime().availableProcessors() * 4);

    /** Who the bot is, learned from getMe once Telegram answers. */
    private final AtomicReference<BotIdentity> identity = new AtomicReference<>(BotIdentity.UNKNOWN);

    TelegramConfiguration(TelegramProperties properties) {
        Secrets.register(properties.token());
        TelegramLogScrubber.install();
    }

    @Bean
    TelegramHttp telegramHttp() {
        return new TelegramHttp();
    }

    @Bean
    TelegramClient telegramClient(TelegramProperties properties, TelegramHttp http) {
        return new OkHttpTelegramClient(http.client(), properties.token(), properties.telegramUrl());
    }

    @Bean
    TelegramThreads telegramThreads(JdbcTemplate jdbc) {
        return new TelegramThreads(jdbc);
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client, TelegramThreads threads, Drawings drawings) {
        return new TelegramSender(client, threads, drawings);
    }

    @Bean
    OutboxTable outboxTable(JdbcTemplate jdbc) {
        return new OutboxTable(jdbc);
    }

    @Bean
    OutboxSender outboxSender(OutboxTable table, TelegramSender sender, OutboxProperties props,
                              ApplicationEventPublisher events, io.micrometer.core.instrument.MeterRegistry registry,
                              ClusterLock lock) {
        if (!lock.shared()) {
            table.releaseClaims(); // an embedded database has one process: every claim left is a dead run's
        }
        return new OutboxSender(table, sender, props, lock.instance(), chat -> events.publishEvent(new ChatUnreachable(chat)))
                .countingErrors(code -> registry.counter("aliada.telegram.api.errors",
                        "code", code == 0 ? "network" : String.valueOf(code)).increment());
    }

    @Bean
    Outbox telegramOutbox(OutboxTable table, OutboxSender sender) {
        return new TelegramOutbox(table, Clock.systemUTC(), sender::wake);
    }

    @Bean
    Delivery telegramDelivery(Outbox outbox, TransactionTemplate tx) {
        return new OutboxDelivery(outbox, tx);
    }

    @Bean
    AdminNotices telegramAdminNotices(Delivery delivery, JdbcTemplate jdbc) {
        return new TelegramAdminNotices(delivery, jdbc);
    }

    @Bean
    BotCommands botCommands(ConversationEngine engine) {
        return new BotCommands(engine::hasCommand);
    }

    @Bean
    TelegramUpdates telegramUpdates(TelegramProperties properties, ConversationEngine engine,
                                    TelegramSender sender, Delivery delivery, BotCommands commands,
                                    ObjectProvider<co.aliada.admin.AdminDesk> admins, TelegramClient client,
                                    ContentPart<Texts> texts, TelegramThreads threads) {
        UpdateMapper mapper = new UpdateMapper(identity::get, properties.consultantsChatId(), commands::alias)
                .withTopics(threads::threadOfTopic);
        TelegramUpdates updates = new TelegramUpdates(mapper, engine, sender, delivery, LANES,
                new OtherGroups(properties.consultantsChatId(), identity::get, () -> texts.current().content()));
        FileDownloads files = new FileDownloads(client, properties.baseUrl(), properties.token());
        admins.ifAvailable(desk -> updates.withAdminUploads(new AdminUploads(desk, files, delivery)));
        return updates;
    }

    @Bean
    TelegramStarter telegramStarter(TelegramProperties properties, TelegramClient client, TelegramUpdates updates,
                                    BotCommands commands, ContentPart<Texts> texts, ClusterLock lock) {
        return new TelegramStarter(properties, client, updates, commands, () -> texts.current().content(), identity,
                lock, lock.shared());
    }
}
