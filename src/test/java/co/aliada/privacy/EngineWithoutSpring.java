package co.aliada.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.aliada.content.TestContent;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Step;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import co.aliada.conversation.Understanding;

/**
 * The engine as the application wires it, without Spring: the shipped texts, the onboarding feature's
 * beans (read from its configuration class) and the privacy commands over a {@link PrivacyTestStore}.
 */
final class EngineWithoutSpring {

    static final Texts TEXTS = TextsLoader.load(TestContent.INTENTS);

    private EngineWithoutSpring() {
    }

    static ConversationEngine over(PrivacyTestStore store) {
        List<Step> steps = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        List<MenuEntry> entries = new ArrayList<>();
        collect("co.aliada.onboarding.OnboardingConfiguration", steps, commands, entries);
        PersonalDataSources sources = new PersonalDataSources(
                List.of(store.stateSource(), store.transcriptSource()), Clock.systemUTC());
        PrivacyProperties properties = new PrivacyProperties(Duration.ofDays(365), "-");
        PrivacyConfiguration privacy = new PrivacyConfiguration();
        commands.add(privacy.myDataCommand(sources));
        commands.add(privacy.deleteMyDataCommand(sources));
        commands.add(privacy.privacyCommand(properties));
        entries.add(privacy.privacyMenuEntry());
        steps.add(new MenuStep(entries));
        return new ConversationEngine(store, () -> TEXTS, Understanding.NOTHING, steps, commands);
    }

    /** Calls the no-argument bean methods of a feature's configuration, as Spring would. */
    private static void collect(String configuration, List<Step> steps, List<Command> commands, List<MenuEntry> entries) {
        try {
            Constructor<?> constructor = Class.forName(configuration).getDeclaredConstructor();
            constructor.setAccessible(true);
            Object config = constructor.newInstance();
            for (Method method : config.getClass().getDeclaredMethods()) {
                if (method.getParameterCount() != 0) {
                    continue;
                }
                method.setAccessible(true);
                Object bean = method.invoke(config);
                if (bean instanceof Step step) {
                    steps.add(step);
                } else if (bean instanceof Command command) {
                    commands.add(command);
                } else if (bean instanceof MenuEntry entry) {
                    entries.add(entry);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + configuration, e);
        }
    }
}
