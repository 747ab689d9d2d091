package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import co.aliada.conversation.TestTexts;
import co.aliada.web.ChatClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Short answers typed to a question asked over another ("¿Seguro que quiere empezar de nuevo?" over a self-check
 * question): they answer the question on screen, never the one underneath. Short wishes typed at a question, read with
 * the shipped classifier, get what they ask for, or nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class ShortAnswersJourneyTests {

    @LocalServerPort
    int port;
    ChatClient chat;
    String id;
    Reply last;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Before, "no" to the restart's or the erasure's question, or to "¿Quiere hablar con una persona…?", answered the
     * self-check question below it with its option "1️⃣ No, el día a día no deja." and went on to the next question.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/reiniciar", "/borrar_datos", "quien me puede ayudar con el diseño de los muebles?"})
    void noToAQuestionAskedAtTheSelfCheckLeavesTheQuestionUnanswered(String asked) {
        atTheSelfCheck();
        say(asked);
        assertThat(last.allButtonData()).as("a yes/no asked over the question").containsAnyOf("/continuar", "/borrar_datos no");
        say("no");
        assertThat(last.allText()).contains("Pregunta 1 de 15").doesNotContain("Pregunta 2 de 15");
        assertThat(last.allButtonData()).contains("sc:L1:0").doesNotContain("sc:back:L1");
        last = chat.button(id, "sc:L1:2");
        last = chat.button(id, "sc:back:L2");
        assertThat(last.allText()).as("the first answer is the one tapped after the no").contains("Antes respondió: 3️⃣");
    }

    /** Before, "no" to the erasure's question asked at "¿Lo dejamos así?" was read as "write it again". */
    @Test
    void noToTheErasureAskedAtTheRestatementKeepsTheChallengeAsItWas() {
        atTheSelfCheck();
        for (int i = 0; i < 15; i++) {
            say("2");
        }
        say("problema");
        say("Los compradores de la vereda pagan muy barato el café y no sabemos cómo vender directo");
        say("alta");
        say("media");
        say("3");
        say("saltar");
        assertThat(last.allButtonData()).contains("define:ok");
        say("/borrar_datos");
        say("no");
        assertThat(last.allText()).doesNotContain("Escriba de nuevo su reto")
                .contains("¿Lo dejamos así?");
        assertThat(last.allButtonData()).contains("define:ok");
    }

    /**
     * Before, "quiero cambiar el sector" showed the language picker; then it and "me equivoqué de sector" were told to
     * start over with /reiniciar (the self-check asked again). Now that one question, and back to the self-check's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"quiero cambiar el sector | sector | turismo | 🧳 Turismo",
            "me equivoqué de sector | sector | turismo | 🧳 Turismo", "quiero cambiar mi municipio | municipality | timbio | Timbío",
            // seven words: it was read as a wish to erase one's data
            "quiero cambiar el nombre de la empresa | company | Repuestos El Rayo | Repuestos El Rayo"})
    void aWishToChangeAProfileAnswerAsksItAgainAndComesBackToTheQuestion(String typed, String field, String answer, String shown) {
        atTheSelfCheck();
        say(typed);
        assertThat(last.allButtonData()).doesNotContain("/idioma es", "/reiniciar si", "sc:L1:0");
        assertThat(last.allText()).contains(plain("profile.change." + field + ".question")).doesNotContain("/reiniciar");
        say(answer);
        assertThat(last.allText()).contains(plain("profile.change." + field + ".saved").replace("{value}", shown))
                .contains("Pregunta 1 de 15");
        assertThat(last.allButtonData()).contains("sc:L1:0");
    }

    /** Before, a lone "otra" at a self-check question asked whether to start over. */
    @Test
    void aLoneOtraAtTheSelfCheckStartsNothingOver() {
        atTheSelfCheck();
        say("otra");
        assertThat(last.allButtonData()).doesNotContain("/reiniciar si", "/idioma es").contains("sc:L1:0");
        assertThat(last.allText()).contains("Pregunta 1 de 15");
    }

    /** Before, a lone "otro" at the size question showed the language picker. */
    @Test
    void aLoneOtroAtTheSizeQuestionChangesNoLanguage() {
        say("/start");
        say("sí");
        say("agro");
        say("otro");
        assertThat(last.allButtonData()).doesNotContain("/idioma es", "/idioma en").contains("size:micro");
        assertThat(last.allText()).doesNotContain(plain("language.question"));
    }

    /**
     * QA: with a challenge told and its driver asked ("¿Qué lo inspira?"), "me equivoque en el municipio, es timbio" was
     * glued to the challenge ("quiero vender mas me equivoque en el municipio, es timbio").
     */
    @Test
    void aProfileCorrectionWhileAChallengeWaitsForItsDriverIsNoPartOfTheChallenge() {
        atTheSelfCheck();
        for (int i = 0; i < 15; i++) {
            say("2");
        }
        say("quiero vender mas");
        assertThat(last.allButtonData()).contains("driver:problem");

        say("me equivoque en el municipio, es timbio");

        assertThat(last.allText()).doesNotContain("me equivoque en el municipio");
        last = chat.text(id, "/perfil");
        assertThat(last.allText()).contains("Timbío");
    }

    /**
     * An option named with a word for an option ("la opción de clientes", "esa de tendencia", "the customers one") picks
     * it at the driver question. Before, the Spanish asked to tap an option and the English, after "i guess", was added
     * to the challenge's text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | la opcion de clientes", "es | esa de tendencia", "es | la opción del problema",
            "en | the customers one", "en | i guess the customers one", "en | the trend option", "en | that problem one"})
    void anOptionNamedWithAWordForAnOptionPicksIt(String lang, String typed) {
        atTheSelfCheck(lang);
        for (int i = 0; i < 15; i++) {
            say("2");
        }
        say(lang.equals("es") ? "los clientes dicen que el pan esta muy caro" : "our customers say the bread is too expensive");
        assertThat(last.allButtonData()).contains("driver:problem");

        say(typed);

        assertThat(last.allButtonData()).as(typed).contains("rate:1:urgency");
        assertThat(last.allText()).doesNotContain(typed);
    }

    private void atTheSelfCheck() {
        atTheSelfCheck("es");
    }

    private void atTheSelfCheck(String lang) {
        say(lang.equals("es") ? "/start" : "hello");
        say(lang.equals("es") ? "sí" : "yes");
        say(lang.equals("es") ? "agro" : "agribusiness");
        say("1");
        say("Popayán");
        say(lang.equals("es") ? "saltar" : "skip");
        assertThat(last.allText()).contains(lang.equals("es") ? "Pregunta 1 de 15" : "Question 1 of 15");
    }

    private static String plain(String key) {
        return TestTexts.texts().get(key, "es").replaceAll("<[^>]+>", "");
    }

    private void say(String text) {
        last = chat.text(id, text);
        assertThat(last.status()).isEqualTo(200);
    }
}
