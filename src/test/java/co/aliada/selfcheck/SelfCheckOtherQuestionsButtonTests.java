package co.aliada.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A button of another question still on screen in Telegram ("🔧 Un problema" or "Alta" of a challenge written before
 * /reiniciar), tapped during the self-check, was "toque la opción…" and counted as a miss: two such taps offered a
 * person. It is said to be an earlier message's button, as every other question says it, with no miss counted.
 */
class SelfCheckOtherQuestionsButtonTests {

    private static final SelfCheck CONTENT = LevelScorerTests.CONTENT;
    private static final String CHAT = "web:other-buttons";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .understanding(Understanding.NOTHING)
            .step(new SelfCheckStep(() -> CONTENT, new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID)))).engine();

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void anotherQuestionsButtonIsSaidToBeOldAndTwoOfThemOfferNoPerson(String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        press("menu:selfcheck");
        Map<String, String> before = store.state(CHAT).data();

        List<Outbound> first = press("driver:problem");
        List<Outbound> second = press("rate:3:urgency");

        assertThat(first.get(0).text()).isEqualTo(TestTexts.texts().get("common.stale-button", lang));
        assertThat(second.get(0).text()).isEqualTo(TestTexts.texts().get("common.stale-button", lang));
        assertThat(second.stream().map(Outbound::text)).noneMatch(text -> text.equals(TestTexts.texts().get("common.offer-human", lang)));
        assertThat(store.state(CHAT).data()).as("no answer kept, no miss counted").isEqualTo(before);
        assertThat(store.state(CHAT).step()).isEqualTo(SelfCheckStep.ID);
    }
}
