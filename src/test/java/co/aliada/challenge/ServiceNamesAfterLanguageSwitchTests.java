package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.content.TestContent;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.onboarding.Onboarding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a switch of language the buttons of the services recommended before it kept the old language's names
 * ("ℹ️ More about 1. Implementación de soluciones…"): a challenge keeps the names it was recommended with, and the
 * buttons are named from the catalogue in the language of now.
 */
class ServiceNamesAfterLanguageSwitchTests {

    private static final Catalog CATALOG = CatalogLoader.load(TestContent.CATALOG);
    private static final List<String> SERVICES = List.of("tm-solution-implementation", "ci-process-automation", "tm-staff-training");

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final InMemoryChallenges challenges = new InMemoryChallenges();
    private final ConversationEngine engine;

    ServiceNamesAfterLanguageSwitchTests() {
        ChallengeJourney journey = new ChallengeJourney(() -> ChallengeBot.CONTENT, challenges,
                () -> new FakeMatcher(FakeMatcher.orders()), () -> CATALOG, Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
        engine = TestBot.builder().store(store).with(OnboardingFixture::install)
                .steps(journey.steps()).commands(journey.commands()).engine();
    }

    /** A Spanish chat just recommended the three services, standing at "¿Tiene otro reto?". */
    @BeforeEach
    void recommendedInSpanish() {
        store.put(new ChatState(ChallengeBot.CHAT, "es", Flow.NEXT, ChatState.Consent.ACCEPTED,
                Map.of(Onboarding.SECTOR, "commerce")));
        long id = challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", "los pedidos se pierden",
                "¿Cómo podríamos no perder pedidos?", 3, 2, 3, null, List.of(), List.of(), Instant.EPOCH, true));
        challenges.recommended(id, SERVICES, SERVICES.stream().map(s -> CATALOG.service(s).orElseThrow().name().es()).toList());
    }

    @Test
    void theQuestionAskedAgainInEnglishNamesTheServicesInEnglish() {
        List<Outbound> replies = engine.handle(Inbound.command(ChallengeBot.CHAT, "idioma en"));

        assertThat(labels(replies)).contains(more(1, "tm-solution-implementation"), more(2, "ci-process-automation"),
                more(3, "tm-staff-training")).noneMatch(label -> label.contains("Implementación") || label.contains("Automatización"));
    }

    @Test
    void theOtherServicesUnderAServicesDetailsAreNamedInEnglish() {
        engine.handle(Inbound.command(ChallengeBot.CHAT, "idioma en"));

        List<Outbound> replies = engine.handle(Inbound.button(ChallengeBot.CHAT, "/servicio 1 0"));

        assertThat(labels(replies)).contains(more(2, "ci-process-automation"), more(3, "tm-staff-training"))
                .noneMatch(label -> label.contains("Automatización") || label.contains("Capacitación"));
    }

    @Test
    void theSummaryNamesTheServicesInEnglish() {
        engine.handle(Inbound.command(ChallengeBot.CHAT, "idioma en"));

        String summary = String.join("\n", engine.handle(Inbound.command(ChallengeBot.CHAT, "summary")).stream()
                .map(Outbound::plainText).toList());

        assertThat(summary).contains("Process automation").doesNotContain("Automatización de procesos");
    }

    private static String more(int n, String service) {
        return TestTexts.texts().get("challenge.rec.button.more", "en", "n", n,
                "name", Trim.words(CATALOG.service(service).orElseThrow().name().en(), 40));
    }

    private static List<String> labels(List<Outbound> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Outbound.Button::label).toList();
    }
}
