package co.aliada.onboarding;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

import co.aliada.conversation.Command;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Step;
import co.aliada.conversation.TestBot;
import org.springframework.context.annotation.Bean;

/**
 * Plugs the onboarding feature into a {@link TestBot}, with the beans its configuration gives Spring: every {@link Bean}
 * method's step, command, menu entry and recall, so that a step added to the configuration is in every test bot too.
 */
public final class OnboardingFixture {

    private OnboardingFixture() {
    }

    public static void install(TestBot.Builder bot) {
        OnboardingConfiguration config = new OnboardingConfiguration();
        Arrays.stream(OnboardingConfiguration.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Bean.class))
                .sorted(Comparator.comparing(Method::getName))
                .map(method -> bean(config, method))
                .forEach(bean -> {
                    if (bean instanceof Step step) {
                        bot.step(step);
                    } else if (bean instanceof Command command) {
                        bot.command(command);
                    } else if (bean instanceof MenuEntry entry) {
                        bot.menuEntry(entry);
                    } else if (bean instanceof Recall recall) {
                        bot.recall(recall);
                    }
                });
    }

    private static Object bean(OnboardingConfiguration config, Method method) {
        try {
            method.setAccessible(true);
            return method.invoke(config);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("onboarding bean " + method.getName(), e);
        }
    }
}
