package co.aliada.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way tests build a conversation engine without Spring: the real features plugged in as the
 * application wires them (each feature's test package has an {@code install} method for
 * {@link Builder#with}), the test texts, an in-memory store unless told otherwise, and a menu made of
 * the features' menu entries.
 *
 * <pre>{@code
 * ConversationEngine engine = TestBot.builder().with(OnboardingFixture::install).engine();
 * }</pre>
 */
public final class TestBot {

    private TestBot() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the features' pieces; {@link #engine()} wires them. */
    public static final class Builder {

        private ChatStore store = new InMemoryChatStore();
        private Supplier<Texts> texts = TestTexts::texts;
        private Understanding understanding = Understanding.NOTHING;
        private final List<Step> steps = new ArrayList<>();
        private final List<Command> commands = new ArrayList<>();
        private final List<Interceptor> interceptors = new ArrayList<>();
        private final List<MenuEntry> menu = new ArrayList<>();
        private final List<Recall> recalls = new ArrayList<>();

        private Builder() {
        }

        /** Plugs a feature in: {@code with(OnboardingFixture::install)}. */
        public Builder with(Consumer<Builder> feature) {
            feature.accept(this);
            return this;
        }

        public Builder store(ChatStore chatStore) {
            this.store = chatStore;
            return this;
        }

        public Builder texts(Texts fixed) {
            this.texts = () -> fixed;
            return this;
        }

        public Builder understanding(Understanding value) {
            this.understanding = value;
            return this;
        }

        public Builder steps(Collection<? extends Step> more) {
            steps.addAll(more);
            return this;
        }

        public Builder step(Step step) {
            steps.add(step);
            return this;
        }

        public Builder commands(Collection<? extends Command> more) {
            commands.addAll(more);
            return this;
        }

        public Builder command(Command command) {
            commands.add(command);
            return this;
        }

        /** Interceptors run in the order they are added, as Spring orders them. */
        public Builder interceptor(Interceptor interceptor) {
            interceptors.add(interceptor);
            return this;
        }

        public Builder recall(Recall recall) {
            recalls.add(recall);
            return this;
        }

        public Builder menuEntry(MenuEntry entry) {
            menu.add(entry);
            return this;
        }

        /** The engine, with a menu of the entries given unless a feature brought its own menu step. */
        public ConversationEngine engine() {
            List<Step> all = new ArrayList<>(steps);
            if (all.stream().noneMatch(step -> ConversationEngine.MENU.equals(step.id()))) {
                all.add(new MenuStep(menu));
            }
            return new ConversationEngine(store, texts, understanding, all, commands, interceptors, recalls);
        }
    }
}
