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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QA: at the third question, "espera, la anterior era la 3" paused the questions ("espera"), "uy no, la anterior era
 * la 3" proposed "1️⃣ No, nada." for the question on screen, and "en la anterior quise decir la 3" was asked to tap an
 * option. A change of mind about the previous answer that names the option is taken there, said back, and the
 * question on screen comes again.
 */
class SelfCheckPreviousAnswerTests {

    private static final String CHAT = "web:selfcheck-previous";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .step(new SelfCheckStep(() -> SelfCheckStepTests.CONTENT,
                    new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID))))
            .recall(new PreviousAnswerChange(() -> SelfCheckStepTests.CONTENT)).engine();

    private final Question second = SelfCheckStepTests.CONTENT.questions().get(1);
    private final Question third = SelfCheckStepTests.CONTENT.questions().get(2);

    /** At the third question, the first two answered with their second option. */
    private void atTheThirdQuestion(String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:selfcheck"));
        engine.handle(Inbound.button(CHAT, "sc:" + SelfCheckStepTests.CONTENT.questions().get(0).id() + ":1"));
        engine.handle(Inbound.button(CHAT, "sc:" + second.id() + ":1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | espera, la anterior era la 3 | 3", "es | uy no, la anterior era la 3 | 3",
            "es | en la anterior quise decir la 3 | 3", "es | me equivoqué en la anterior, era la tercera | 3",
            "es | la pregunta anterior es la 4 | 4", "en | wait, the previous one should be 3 | 3",
            "en | previous question was 4 actually | 4"})
    void theOptionNamedForThePreviousQuestionIsTakenThere(String lang, String typed, int option) {
        atTheThirdQuestion(lang);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get("selfcheck." + second.id())).isEqualTo(String.valueOf(option - 1));
        assertThat(store.state(CHAT).get("selfcheck." + third.id())).as("the question on screen is still to answer").isNull();
        assertThat(replies.get(0).text()).contains(second.options().get(option - 1).in(lang));
        assertThat(replies.get(replies.size() - 1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .as("the question on screen again").contains("sc:" + third.id() + ":0");
        assertThat(store.state(CHAT).step()).isEqualTo(SelfCheckStep.ID);
    }

    /** Without one option named, the previous answer stays: two numbers, or none. */
    @ParameterizedTest
    @ValueSource(strings = {"la anterior era la 3 o la 4", "la anterior estaba bien"})
    void withoutOneOptionNamedThePreviousAnswerStays(String typed) {
        atTheThirdQuestion("es");

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get("selfcheck." + second.id())).isEqualTo("1");
    }
}
