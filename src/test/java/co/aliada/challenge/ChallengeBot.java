package co.aliada.challenge;

import co.aliada.content.TestContent;
import co.aliada.conversation.InMemoryChatStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.matching.MatchResult;
import co.aliada.matching.Matcher;
import co.aliada.onboarding.Onboarding;

/** The engine with the challenge journey, the shipped texts and content, and fakes for the rest; no Spring. */
final class ChallengeBot {

    static final Path INTENTS = TestTexts.INTENTS;
    static final Texts TEXTS = TestTexts.texts();
    static final ChallengeContent CONTENT = ChallengeLoader.load(INTENTS);
    static final Catalog CATALOG = CatalogLoader.load(TestContent.CATALOG);
    static final String CHAT = "web:test";

    final InMemoryChatStore store = new InMemoryChatStore();
    final InMemoryChallenges challenges = new InMemoryChallenges();
    final FakeMatcher matcher = new FakeMatcher(FakeMatcher.orders());
    final ConversationEngine engine;

    ChallengeBot(boolean withConsultant) {
        this(withConsultant, true);
    }

    ChallengeBot(boolean withConsultant, boolean withMatcher) {
        this(withConsultant, withMatcher, Understanding.NOTHING);
    }

    ChallengeBot(boolean withConsultant, boolean withMatcher, Understanding understanding) {
        this(withConsultant, withMatcher, understanding, List.of());
    }

    /** With more commands, such as a stand-in for one of another feature ("/reiniciar"). */
    ChallengeBot(boolean withConsultant, boolean withMatcher, Understanding understanding, List<Command> more) {
        Matcher m = withMatcher ? matcher : null;
        ChallengeJourney journey = new ChallengeJourney(() -> CONTENT, challenges, () -> m, () -> CATALOG,
                Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
        TestBot.Builder bot = TestBot.builder().store(store).understanding(understanding).steps(journey.steps()).commands(journey.commands())
                .recall(journey.recall())
                .menuEntry(new MenuEntry(20, "challenge.menu.new", "menu:challenge"));
        if (withConsultant) {
            bot.command(new Command() {
                @Override
                public List<String> names() {
                    return CommandName.ADVISOR.names();
                }

                @Override
                public void run(Turn turn, String args) {
                    turn.send(Outbound.text(turn.state().chat(), "CONSULTANT"));
                }
            });
        }
        more.forEach(bot::command);
        engine = bot.engine();
    }

    /** A consented chat in this language and sector, standing at the given step. */
    ChallengeBot at(String step, String lang, String sector, boolean consented) {
        store.put(new ChatState(CHAT, lang, step, consented ? ChatState.Consent.ACCEPTED : ChatState.Consent.DECLINED,
                Map.of(Onboarding.SECTOR, sector, "selfcheck.weak", "processes, innovation-intelligence")));
        return this;
    }

    /**
     * A commerce chat at this step, whose latest challenge ("casi no vendo en la tienda") has these catalogue services
     * listed, each offered by the Universidad del Cauca; the matcher answers the same list. Returns the challenge's id.
     */
    long listed(String step, String lang, List<String> serviceIds) {
        at(step, lang, "commerce", true);
        matcher.answer = new MatchResult(false, null, List.of(), serviceIds.stream()
                .map(id -> new MatchResult.Service(id, CATALOG.service(id).orElseThrow().pillar(),
                        CATALOG.service(id).orElseThrow().name().in(lang), "Resumen.", 0.8,
                        List.of(FakeMatcher.institution("unicauca", "Universidad del Cauca", "innovacion@unicauca.example.org", true))))
                .toList());
        long id = challenges.save(new Challenge(0, CHAT, "problem", "casi no vendo en la tienda", "¿Cómo podríamos vender más?",
                2, 2, 2, null, List.of(), List.of(), Instant.EPOCH, true));
        challenges.recommended(id, serviceIds, serviceIds.stream().map(s -> CATALOG.service(s).orElseThrow().name().in(lang)).toList());
        return id;
    }

    List<Outbound> text(String text) {
        return engine.handle(Inbound.text(CHAT, text));
    }

    List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    List<Outbound> command(String command) {
        return engine.handle(Inbound.command(CHAT, command));
    }

    ChatState state() {
        return store.state(CHAT);
    }

    static String all(List<Outbound> replies) {
        return String.join("\n---\n", replies.stream().map(Outbound::text).toList());
    }

    static List<String> data(List<Outbound> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data).toList();
    }
}
