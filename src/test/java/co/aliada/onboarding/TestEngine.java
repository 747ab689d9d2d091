package co.aliada.onboarding;

import co.aliada.conversation.ChatStore;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Understanding;

/** The engine with the onboarding feature only: a shorthand for {@link TestBot} with {@link OnboardingFixture}. */
public final class TestEngine {

    private TestEngine() {
    }

    public static ConversationEngine create(ChatStore store) {
        return create(store, Understanding.NOTHING);
    }

    public static ConversationEngine create(ChatStore store, Understanding understanding) {
        return TestBot.builder().store(store).understanding(understanding).with(OnboardingFixture::install).engine();
    }
}
