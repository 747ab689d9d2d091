package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Someone who declines consent browses pillars, services and who offers them, and nothing about them is stored. */
class BrowseTests {

    private static final Catalog CATALOG = CatalogLoader.load(TestContent.CATALOG);
    private static final String CHAT = "web:browse";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .command(new BrowseCommand(() -> CATALOG)).engine();

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    private static Map<String, String> labelToData(List<Outbound> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .collect(Collectors.toMap(Outbound.Button::label, Outbound.Button::data, (a, b) -> a));
    }

    private static String text(List<Outbound> replies) {
        return String.join("\n", replies.stream().map(Outbound::text).toList());
    }

    /** What the chat keeps apart from the engine's own bookkeeping (buttons last shown, misses). */
    private Map<String, String> personal() {
        return store.state(CHAT).data().entrySet().stream().filter(e -> !ChatState.isBookkeeping(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void afterDecliningThePersonBrowsesPillarsServicesAndWhoOffersThemWithNothingStored(String lang) {
        engine.handle(Inbound.command(CHAT, "start").withLangHint(lang));
        Map<String, String> declined = labelToData(press("consent:no"));
        assertThat(declined).containsValue("/servicios").containsValue("consent:yes");
        ChatState before = store.state(CHAT);

        Map<String, String> pillars = labelToData(press("/servicios"));
        String pillar = CATALOG.pillars().get(0).name().in(lang);
        assertThat(pillars).containsEntry(pillar, "/servicios continuous-improvement").containsValue("consent:yes");

        List<Outbound> services = press("/servicios continuous-improvement");
        String service = CATALOG.service("ci-process-advice").orElseThrow().name().in(lang);
        assertThat(labelToData(services)).containsValue("/servicios ci-process-advice")
                .containsValue("/servicios").containsValue("consent:yes");

        List<Outbound> who = press("/servicios ci-process-advice");
        assertThat(text(who)).contains(service).contains(TestTexts.texts().get("browse.who", lang))
                .contains("<a href=\"https://www.unicauca.edu.co\">Universidad del Cauca</a>")
                .doesNotContain("example.org");
        assertThat(labelToData(who)).containsValue("/servicios continuous-improvement").containsValue("/servicios");

        ChatState after = store.state(CHAT);
        assertThat(after.step()).isEqualTo(before.step());
        assertThat(after.consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(personal()).isEmpty();
        assertThat(store.transcript(CHAT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void anUnknownOrEmptyPillarStillLeavesAWayForward(String lang) {
        engine.handle(Inbound.command(CHAT, "start").withLangHint(lang));
        press("consent:no");

        assertThat(labelToData(press("/servicios no-such-thing"))).containsValue("/servicios continuous-improvement");
        List<Outbound> empty = press("/servicios product-development");
        assertThat(labelToData(empty)).containsValue("/servicios").containsValue("consent:yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void acceptingFromABrowseScreenGoesOnWithTheJourney(String lang) {
        engine.handle(Inbound.command(CHAT, "start").withLangHint(lang));
        press("consent:no");
        press("/servicios continuous-improvement");

        press("consent:yes");

        assertThat(store.state(CHAT).consented()).isTrue();
    }
}
