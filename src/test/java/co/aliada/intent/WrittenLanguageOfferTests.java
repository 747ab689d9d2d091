package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;

/**
 * "hello" set a chat's language to English; "tengo una tienda de ropa en popayan" and every later message in Spanish
 * were answered in English to the end. Once a chat, a message plainly written in the other language is offered,
 * in that language, a one-tap switch.
 */
class WrittenLanguageOfferTests {

    private static final String CHAT = "web:written";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED)).engine();

    private List<Outbound> text(String typed) {
        return engine.handle(Inbound.text(CHAT, typed));
    }

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    private static String offer(String lang) {
        return TestTexts.texts().get("language.offer", lang);
    }

    private static List<String> texts(List<Outbound> replies) {
        return replies.stream().map(Outbound::text).toList();
    }

    @Test
    void spanishWrittenInAnEnglishChatIsOfferedSpanishOnceAndOneTapSwitches() {
        text("hello");
        press("consent:yes");
        assertThat(store.state(CHAT).lang()).isEqualTo("en");

        List<Outbound> answer = text("tengo una tienda de ropa en popayan");

        assertThat(texts(answer)).contains(offer("es"));
        Outbound offered = answer.stream().filter(reply -> reply.text().equals(offer("es"))).findFirst().orElseThrow();
        assertThat(offered.buttons().get(0).get(0).data()).isEqualTo("/idioma es");
        assertThat(store.state(CHAT).get("profile.sector")).as("the answer is still taken").isEqualTo("commerce");
        assertThat(texts(text("somos cuatro personas en la tienda"))).as("once a chat").doesNotContain(offer("es"));

        press("/idioma es");
        assertThat(store.state(CHAT).lang()).isEqualTo("es");
    }

    /**
     * QA: "can we do this in spanish" switched to Spanish, and the same turn went on "I see you're writing in English 🙂
     * Shall we go on in English?", the switch just asked for offered back. A message that changed the language itself is
     * offered nothing.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"can we do this in spanish", "please talk to me in spanish"})
    void aMessageThatAsksForTheOtherLanguageIsNotOfferedItsOwnBack(String typed) {
        text("hello");
        press("consent:yes");

        List<Outbound> answer = text(typed);

        assertThat(store.state(CHAT).lang()).isEqualTo("es");
        assertThat(texts(answer)).doesNotContain(offer("en"));
    }

    @Test
    void englishWrittenInASpanishChatIsOfferedEnglish() {
        text("hola");
        press("consent:yes");

        assertThat(texts(text("we have a small coffee farm near the river"))).contains(offer("en"));
    }

    @Test
    void aChatsOwnLanguageAndShortWordsAreNotOfferedAnything() {
        text("hola");
        press("consent:yes");

        assertThat(texts(text("tengo una tienda de ropa en popayan"))).doesNotContain(offer("en"), offer("es"));
        assertThat(texts(text("ok thanks"))).doesNotContain(offer("en"));
    }

    @Test
    void beforeConsentTheWrittenLanguageIsFollowedWithoutAnOffer() {
        text("hello");

        List<Outbound> answer = text("hola, quiero saber como funciona esto");

        assertThat(store.state(CHAT).lang()).isEqualTo("es");
        assertThat(texts(answer)).doesNotContain(offer("es"));
    }
}
