package co.aliada.escalation;

import co.aliada.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.aliada.content.TestContent;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine with the escalation feature and a menu, on a fresh in-memory H2, without Spring. */
final class EscalationHarness {

    static final String GROUP = "tg:-1001";
    static final String USER = "tg:77";
    /** Wednesday 25 November 2026, 10:00 in Bogotá. */
    static final Instant WEDNESDAY_10 = Instant.parse("2026-11-25T15:00:00Z");

    final TestClock clock = TestClock.fixedAt(WEDNESDAY_10);
    final JdbcTemplate jdbc;
    final InMemoryChatStore store;
    final Texts texts = TestTexts.texts();
    final EscalationParts parts;
    final List<Challenges.Line> challenges = new ArrayList<>();
    final ConversationEngine engine;
    final List<Outbound> delivered = new ArrayList<>();

    EscalationHarness(Understanding understanding, boolean withGroup) {
        this(understanding, withGroup, bot -> { });
    }

    /** With more features plugged in ({@code OnboardingFixture::install}), for cases opened in the middle of their steps. */
    EscalationHarness(Understanding understanding, boolean withGroup, java.util.function.Consumer<TestBot.Builder> more) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:esc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        jdbc = new JdbcTemplate(ds);
        store = new InMemoryChatStore(line -> jdbc.update(
                "insert into transcript_line (chat, at, from_user, text) values (?, ?, ?, ?)",
                line.chat(), java.sql.Timestamp.from(clock.instant()), line.fromUser(), line.text()));
        parts = EscalationParts.create(jdbc, clock, EscalationProperties.defaults(),
                ConsultantsChat.of(withGroup ? new Desk(GROUP) : ConsultantsDesk.none()), new Challenges(chat -> List.copyOf(challenges)));
        Command help = new Command() {
            public List<String> names() {
                return CommandName.HELP.names();
            }

            public void run(Turn turn, String args) {
                turn.say("help.text");
            }
        };
        Command deleteMyData = new Command() {
            public List<String> names() {
                return CommandName.DELETE_MY_DATA.names();
            }

            public void run(Turn turn, String args) {
                turn.say("privacy.erase.confirm");
            }
        };
        // the stand-ins first, so that a feature plugged in with its own (the onboarding's /ayuda) answers as it does
        engine = TestBot.builder().store(store).texts(texts).understanding(understanding).command(help).command(deleteMyData)
                .with(more).with(bot -> install(bot, parts))
                .menuEntry(new MenuEntry(90, "common.button.help", CommandName.HELP.slash())).engine();
    }

    /** Plugs the escalation feature into a {@link TestBot}, as its configuration gives it to Spring. */
    static void install(TestBot.Builder bot, EscalationParts parts) {
        bot.command(new AdvisorCommand(parts.escalations())).command(new BotCommand(parts.escalations()))
                .interceptor(parts.desk()).interceptor(parts.consultantPrivate()).interceptor(parts.rating())
                .interceptor(parts.openCase());
    }

    /** A consultants' group on a channel whose person chats share its {@code tg:} prefix, as Telegram's do. */
    record Desk(String group) implements ConsultantsDesk {
        @Override
        public java.util.Optional<String> chat() {
            return java.util.Optional.of(group);
        }

        @Override
        public boolean reachesLive(String personChat) {
            return personChat.startsWith("tg:");
        }
    }

    EscalationHarness() {
        this(Understanding.NOTHING, true);
    }

    /** A user who consented and gave a profile, resting at the menu. */
    EscalationHarness withProfiledUser(String chat) {
        store.put(new ChatState(chat, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of(
                "profile.sector", "agribusiness", "profile.size", "micro", "profile.municipality", "Popayán",
                "profile.company", "Café <Alto> Cauca", "selfcheck.level", "2",
                "selfcheck.area.marketing", "3", "selfcheck.area.process", "1")));
        return this;
    }

    List<Outbound> send(Inbound in) {
        return engine.handle(in);
    }

    List<Outbound> consultant(Inbound.Kind kind, String payload, String replyTo) {
        return engine.handle(new Inbound(GROUP, "501", "María José", "es", kind, payload, null, replyTo));
    }

    /** The person asks for a consultant and María introduces herself; answers the card the group got, as plain text. */
    String openCaseWithMaria(String person) {
        String card = to(GROUP, send(Inbound.command(person, "asesor"))).get(0).plainText();
        consultant(Inbound.Kind.COMMAND, "soy María, asesora", null);
        return card;
    }

    CaseReminders reminders() {
        return parts.reminders(() -> texts, () -> delivered::addAll);
    }

    static List<Outbound> to(String chat, List<Outbound> replies) {
        return replies.stream().filter(o -> o.chat().equals(chat)).toList();
    }

    static String textTo(String chat, List<Outbound> replies) {
        return String.join("\n---\n", to(chat, replies).stream().map(Outbound::plainText).toList());
    }
}
