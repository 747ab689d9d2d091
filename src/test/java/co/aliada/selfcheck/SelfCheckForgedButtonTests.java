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
 * Before, a self-check button no question ever shows ("sc:L1:9", an answer that does not exist, or a question id that
 * does not exist) was answered "that button belonged to an earlier question; your answer is already saved". Now it is
 * told the option isn't valid, nothing is kept, and the question on screen is shown again, with no miss counted.
 */
class SelfCheckForgedButtonTests {

    private static final SelfCheck CONTENT = LevelScorerTests.CONTENT;
    private static final String CHAT = "web:forged";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .understanding(Understanding.NOTHING)
            .step(new SelfCheckStep(() -> CONTENT, new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID)))).engine();

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    /** At the third question, the first two answered. */
    private void atTheThirdQuestion(String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        press("menu:selfcheck");
        press("sc:" + CONTENT.questions().get(0).id() + ":2");
        press("sc:" + CONTENT.questions().get(1).id() + ":1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es:sc:L1:9", "en:sc:L1:9", "es:sc:L3:7", "es:sc:L3:-1", "en:sc:ZZ9:2", "es:sc:what:ZZ9",
            "es:sc:back:ZZ9", "en:sc:L3", "es:sc:L3:2:1", "es:sc:back:L1"})
    void aButtonNoQuestionShowsIsToldInvalidAndTheQuestionIsShownAgain(String langAndData) {
        String lang = langAndData.substring(0, 2);
        String data = langAndData.substring(3);
        atTheThirdQuestion(lang);
        Map<String, String> before = store.state(CHAT).data();
        Question third = CONTENT.questions().get(2);

        List<Outbound> replies = press(data);

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).as("no earlier question showed it")
                .isNotEqualTo(TestTexts.texts().get("selfcheck.stale", lang))
                .isNotEqualTo(TestTexts.texts().get("selfcheck.tap-an-answer", lang));
        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("selfcheck.invalid-option", lang));
        assertThat(replies.get(1).text()).contains(third.text().in(lang));
        assertThat(replies.get(1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .contains("sc:" + third.id() + ":0", "sc:" + third.id() + ":4");
        assertThat(store.state(CHAT).data()).as("nothing kept, no miss counted").isEqualTo(before);
    }

    /** A button an earlier question really showed is still told so. */
    @ParameterizedTest
    @ValueSource(strings = {"sc:L1:4", "sc:back:L2", "sc:what:L1"})
    void aButtonOfAnEarlierQuestionIsStillToldSo(String data) {
        atTheThirdQuestion("en");

        List<Outbound> replies = press(data);

        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("selfcheck.stale", "en"));
        assertThat(store.state(CHAT).get("selfcheck.L1")).isEqualTo("2");
    }

    /**
     * A button of another question still on screen in Telegram ("🔧 Un problema" or "Alta" of a challenge written before
     * /reiniciar), tapped during the self-check, was "toque la opción…" and counted as a miss: two such taps offered a
     * person. It is said to be an earlier message's button, as every other question says it, with no miss counted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void anotherQuestionsButtonIsSaidToBeOldAndTwoOfThemOfferNoPerson(String lang) {
        atTheThirdQuestion(lang);
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
