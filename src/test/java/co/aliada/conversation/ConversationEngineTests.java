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
}
