package co.aliada.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.onboarding.TestEngine;
import org.junit.jupiter.api.Test;

class ConversationEngineTests {

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestEngine.create(store);

    @Test
    void theSameEventTwiceIsAnsweredOnceAndChangesNothingTheSecondTime() {
        engine.handle(Inbound.command("tg:1", "start").withEventId("1"));
        Inbound accept = Inbound.button("tg:1", "consent:yes").withEventId("2");
        assertThat(engine.handle(accept)).isNotEmpty();
        String step = store.state("tg:1").step();
        int lines = store.transcript("tg:1").size();

        assertThat(engine.handle(accept)).isEmpty();
        assertThat(store.state("tg:1").step()).isEqualTo(step);
        assertThat(store.transcript("tg:1")).hasSize(lines);
    }

    @Test
    void chatsOfDifferentChannelsWithTheSameIdAreSeparate() {
        engine.handle(Inbound.command("web:42", "start"));
        engine.handle(Inbound.button("web:42", "consent:yes"));
        List<Outbound> telegram = engine.handle(Inbound.text("tg:42", "hola"));
        assertThat(telegram.get(0).text()).isEqualTo(TestTexts.texts().get("start.greeting", "es"));
        assertThat(store.state("tg:42").consented()).isFalse();
        assertThat(store.state("web:42").consented()).isTrue();
    }

    @Test
    void aFailingTurnAnswersKindlyAndSavesNothing() {
        ConversationEngine broken = TestBot.builder().store(store).step(new Step() {
                    public String id() {
                        return ConversationEngine.START;
                    }

                    public void enter(Turn turn) {
                        throw new IllegalStateException("boom");
                    }

                    public void handle(Inbound in, Turn turn) {
                    }
                }).engine();
        List<Outbound> replies = broken.handle(Inbound.text("web:x", "hola").withLangHint("en"));
        assertThat(replies).extracting(Outbound::text).containsExactly(TestTexts.texts().get("common.error", "en"));
        assertThat(store.has("web:x")).isFalse();
    }
    /** "sí" under "¿seguro que quiere empezar de nuevo?", asked over a yes/no question, confirmed the question below. */
    @Test
    void aBareYesUnderAnIrreversibleQuestionIsAskedToTapAndAnswersNothingElse() {
        List<String> done = new java.util.ArrayList<>();
        ConversationEngine bot = TestBot.builder().store(store).step(new Step() {
                    public String id() {
                        return ConversationEngine.START;
                    }

                    public void enter(Turn turn) {
                        turn.send(Outbound.text(turn.state().chat(), "¿Lo dejamos así?").withButtons(turn.yesNo(
                                new Outbound.Button("Sí", "q:yes"), new Outbound.Button("No", "q:no"))));
                    }

                    public void handle(Inbound in, Turn turn) {
                        done.add(in.payload());
                    }
                }).command(new Command() {
                    public List<String> names() {
                        return List.of("wipe");
                    }

                    public void run(Turn turn, String args) {
                        if (args.equals("si")) {
                            done.add("wiped");
                            return;
                        }
                        turn.send(Outbound.text(turn.state().chat(), "¿Seguro?").withButtons(turn.yesNoIrreversible(
                                new Outbound.Button("Sí, borrar todo", "/wipe si"), new Outbound.Button("No", "/wipe no"))));
                    }
                }).engine();
        bot.handle(Inbound.text("web:y", "hola"));
        bot.handle(Inbound.command("web:y", "wipe"));

        for (String yes : List.of("si", "sí, claro", "dale")) {
            List<Outbound> replies = bot.handle(Inbound.text("web:y", yes));
            assertThat(replies).extracting(Outbound::text)
                    .containsExactly(TestTexts.texts().get("common.confirm-by-tap", "es", "label", "Sí, borrar todo"));
            assertThat(replies.get(0).buttons()).flatMap(row -> row).extracting(Outbound.Button::data).contains("/wipe si", "/wipe no");
        }
        assertThat(done).isEmpty();

        bot.handle(Inbound.button("web:y", "/wipe si"));
        assertThat(done).containsExactly("wiped");
    }

    /**
     * While a feature that owns the chat refuses a button (a new challenge while a request for an advisor is open), no
     * reply offers it: what to do instead comes in its place. The yes and no of a question stay, refused or not.
     */
    @Test
    void buttonsAFeatureWouldRefuseAreLeftOutWithWhatToDoInstead() {
        Outbound.Button back = new Outbound.Button("Volver", "/volver");
        Interceptor owner = new Interceptor() {
            public boolean intercept(Inbound in, Turn turn) {
                return false;
            }

            public Withheld withheld(Turn turn) {
                return new Withheld(data -> data.equals("/nuevo") || data.equals("/continuar"), back);
            }
        };
        Command list = new Command() {
            public List<String> names() {
                return List.of("lista");
            }

            public void run(Turn turn, String args) {
                assertThat(turn.offers("/nuevo")).isFalse();
                assertThat(turn.offers("/resumen")).isTrue();
                assertThat(turn.instead()).isEqualTo(back);
                turn.send(Outbound.text(turn.state().chat(), "Sus retos").withButtons(Turn.column(
                        new Outbound.Button("➕ Otro", "/nuevo"), new Outbound.Button("Resumen", "/resumen"))));
                turn.send(Outbound.text(turn.state().chat(), "¿Seguro?").withButtons(turn.yesNo(
                        new Outbound.Button("Sí, borrar", "/borrar si"), new Outbound.Button("No", "/continuar"))));
            }
        };
        ConversationEngine bot = TestBot.builder().store(store).command(list).interceptor(owner).engine();
        store.put(new ChatState("web:w", "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, java.util.Map.of()));

        List<Outbound> replies = bot.handle(Inbound.command("web:w", "lista"));

        assertThat(replies.get(0).buttons()).containsExactly(List.of(new Outbound.Button("Resumen", "/resumen")), List.of(back));
        assertThat(replies.get(1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .containsExactly("/borrar si", "/continuar");
    }
}
