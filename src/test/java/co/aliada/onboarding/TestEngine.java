package co.aliada.onboarding;

import java.util.List;
import java.util.stream.Stream;

import co.aliada.conversation.ChatStore;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;

/** The engine with the onboarding steps and commands, wired by hand as Spring would, for tests without Spring. */
public final class TestEngine {

    private TestEngine() {
    }

    public static ConversationEngine create(ChatStore store) {
        return create(store, Understanding.NOTHING);
    }

    public static ConversationEngine create(ChatStore store, Understanding understanding) {
        return create(store, understanding, List.of());
    }

    /** The same with more commands, as another feature adds its own. */
    public static ConversationEngine create(ChatStore store, Understanding understanding, List<Command> more) {
        OnboardingConfiguration config = new OnboardingConfiguration();
        return new ConversationEngine(store, TestTexts::texts, understanding,
                List.of(config.consentStep(), config.declinedStep(), config.sectorStep(), config.sizeStep(),
                        config.municipalityStep(), config.companyStep(),
                        new MenuStep(List.of(config.helpMenuEntry()))),
                Stream.concat(Stream.of(config.startCommand(), config.helpCommand(), config.languageCommand(),
                        config.restartCommand(), config.continueCommand()), more.stream()).toList());
    }
}
