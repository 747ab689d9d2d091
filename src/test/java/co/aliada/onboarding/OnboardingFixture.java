package co.aliada.onboarding;

import co.aliada.conversation.TestBot;

/** Plugs the onboarding feature into a {@link TestBot}, with the beans its configuration gives Spring. */
public final class OnboardingFixture {

    private OnboardingFixture() {
    }

    public static void install(TestBot.Builder bot) {
        OnboardingConfiguration config = new OnboardingConfiguration();
        bot.step(config.consentStep()).step(config.declinedStep()).step(config.sectorStep()).step(config.sizeStep())
                .step(config.municipalityStep()).step(config.companyStep())
                .command(config.startCommand()).command(config.helpCommand()).command(config.languageCommand())
                .command(config.restartCommand()).command(config.continueCommand())
                .menuEntry(config.helpMenuEntry());
    }
}
