package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.TestBot;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: at "How many people work in your business?", "i told you, 14" was "You have no saved challenges yet" (read as
 * my_challenges) and "i already told you we are 14" "tap one of the options": a reminder of what was said before asks
 * for nothing, as "ya le dije, somos 14" already read. The answer after it is taken.
 */
class ReminderBeforeAnAnswerTests {

    private static final String CHAT = "web:reminder";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED)).engine();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hello | i told you, 14", "hello | i already told you we are 14",
            "hello | told you already, 14 people", "hola | ya le dije, somos 14"})
    void aReminderBeforeTheSizeLeavesTheSizeTaken(String greeting, String typed) {
        engine.handle(Inbound.text(CHAT, greeting));
        engine.handle(Inbound.button(CHAT, "consent:yes"));
        engine.handle(Inbound.button(CHAT, "sector:manufacturing"));

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get("profile.size")).isEqualTo("small");
    }
}
