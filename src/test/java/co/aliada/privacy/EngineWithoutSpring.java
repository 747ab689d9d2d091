package co.aliada.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Texts;
import co.aliada.onboarding.OnboardingFixture;
import co.aliada.store.ErasedStorage;

/**
 * The engine as the application wires it, without Spring: the test texts, the onboarding feature and
 * the privacy commands over a {@link PrivacyTestStore}.
 */
final class EngineWithoutSpring {

    static final Texts TEXTS = TestTexts.texts();

    private EngineWithoutSpring() {
    }

    static ConversationEngine over(PrivacyTestStore store) {
        PersonalDataSources sources = new PersonalDataSources(
                List.of(store.stateSource(), store.transcriptSource()), Clock.systemUTC(), ErasedStorage.NONE);
        return TestBot.builder().store(store).with(OnboardingFixture::install)
                .with(bot -> install(bot, sources)).engine();
    }

    /** Plugs the privacy commands and menu entry into a {@link TestBot}, as its configuration gives them to Spring. */
    static void install(TestBot.Builder bot, PersonalDataSources sources) {
        PrivacyConfiguration privacy = new PrivacyConfiguration();
        bot.command(privacy.myDataCommand(sources)).command(privacy.deleteMyDataCommand(sources))
                .command(privacy.privacyCommand(new PrivacyProperties(Duration.ofDays(365), "-")))
                .menuEntry(privacy.privacyMenuEntry());
    }
}
