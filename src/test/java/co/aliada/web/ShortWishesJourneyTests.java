package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.aliada.conversation.TestTexts;
import co.aliada.web.ChatClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Short wishes typed at a question, read with the shipped classifier: they get what they ask for, or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class ShortWishesJourneyTests {

    @LocalServerPort
    int port;
    ChatClient chat;
    String id;
    Reply last;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "s" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Before, "quiero cambiar el sector" showed the language picker and "me equivoqué de sector" asked to start over. */
    @ParameterizedTest
    @ValueSource(strings = {"quiero cambiar el sector", "me equivoqué de sector", "quiero cambiar mi municipio"})
    void aWishToChangeAProfileAnswerIsToldHowAndTheQuestionStays(String typed) {
        atTheSelfCheck();
        say(typed);
        assertThat(data(last)).contains("sc:L1:0").doesNotContain("/idioma es", "/reiniciar si");
        assertThat(text(last)).contains(plain("common.change-profile")).contains("Pregunta 1 de 15");
    }

    /** Before, a lone "otra" at a self-check question asked whether to start over. */
    @Test
    void aLoneOtraAtTheSelfCheckStartsNothingOver() {
        atTheSelfCheck();
        say("otra");
        assertThat(data(last)).doesNotContain("/reiniciar si", "/idioma es").contains("sc:L1:0");
        assertThat(text(last)).contains("Pregunta 1 de 15");
    }

    /** Before, a lone "otro" at the size question showed the language picker. */
    @Test
    void aLoneOtroAtTheSizeQuestionChangesNoLanguage() {
        say("/start");
        say("sí");
        say("agro");
        say("otro");
        assertThat(data(last)).doesNotContain("/idioma es", "/idioma en").contains("size:micro");
        assertThat(text(last)).doesNotContain(plain("language.question"));
    }

    private void atTheSelfCheck() {
        say("/start");
        say("sí");
        say("agro");
        say("1");
        say("Popayán");
        say("saltar");
        assertThat(text(last)).contains("Pregunta 1 de 15");
    }

    private static String plain(String key) {
        return TestTexts.texts().get(key, "es").replaceAll("<[^>]+>", "");
    }

    private static String text(Reply reply) {
        StringBuilder text = new StringBuilder();
        reply.body().forEach(m -> text.append(m.get("text").asString()).append('\n'));
        return text.toString();
    }

    private static List<String> data(Reply reply) {
        List<String> data = new ArrayList<>();
        reply.body().forEach(m -> m.get("buttons").forEach(row -> row.forEach(b -> data.add(b.get("data").asString()))));
        return data;
    }

    private void say(String text) {
        last = chat.text(id, text);
        assertThat(last.status()).isEqualTo(200);
    }
}
