package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import co.aliada.conversation.TestTexts;
import co.aliada.web.ChatClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers typed instead of tapped at a self-check question, read with the shipped classifier. Before, "me quedo con la
 * 3" exported the data, "respuesta 2" and "answer 2" asked whether to erase it or to start over, "marco la 2" kept a
 * challenge, "sería la 2" was "Eso no lo sé hacer" and "escojo la 2" "toque la opción"; "dos" at "¿Cuántas novedades…?"
 * was "Una, pequeña" (the second button) instead of "Dos o más"; "las tengo en la cabeza no mas" was refused; "nope"
 * where the first option is "No." was "Entendido, sin problema 👍" and nothing kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:selfcheck-picks;DB_CLOSE_DELAY=-1"})
class SelfCheckTypedPicksJourneyTests {

    @LocalServerPort
    int port;
    ChatClient chat;
    String id;
    Reply last;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code answered} questions answered with "2" first; the typed text is the next one's answer {@code option} (1–5). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|me quedo con la 3|3", "0|respuesta 2|2", "0|answer 2|2", "0|marco la 2|2", "0|sería la 2|2",
            "0|escojo la 2|2", "0|elijo la 3|3",
            "13|dos|3", "13|two|3", "13|uno|2", "13|2|2", "13|cuatro|3", "13|five|3",
            "3|las tengo en la cabeza no mas|2", "3|not written down|2",
            "6|no|1", "6|noo|1", "6|nop|1", "6|nope|1", "6|nah|1", "10|en un cuaderno|2",
            "3|they're written down|3", "3|los tenemos escritos|3", "3|no los tenemos escritos|2",
            "6|no nos capacitamos nunca|1", "6|nunca nos capacitamos|1", "6|we never train|1",
            "7|no reconocemos nunca|1", "7|we never recognise them|1", "5|no proponen nunca|1"})
    void aTypedPickAnswersTheQuestionWithThatOption(int answered, String typed, int option) {
        atQuestion(answered);
        say(typed);
        assertThat(last.allText()).contains("Pregunta " + (answered + 2) + " de 15")
                .doesNotContain(plain("selfcheck.tap-an-answer"), plain("common.deny-noted"));
        String back = last.allButtonData().stream().filter(d -> d.startsWith("sc:back:")).findFirst().orElseThrow();
        last = chat.button(id, back);
        assertThat(last.allText()).as("the answer kept").contains("Antes respondió: " + option + "\uFE0F\u20E3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mis respuestas", "meh", "respuesta", "marco la 7"})
    void anAnswerWithoutWhichIsToldHowToAnswer(String typed) {
        atQuestion(0);
        say(typed);
        assertThat(last.allText()).contains(TestTexts.texts().get("selfcheck.tap-or-type", "es", "highest", 5))
                .contains("Pregunta 1 de 15").doesNotContain("borrar todos sus datos");
        assertThat(last.allButtonData()).contains("sc:L1:0", "sc:L1:4").doesNotContain("/borrar_datos si");
    }

    /**
     * At "Si una idea nueva sale mal…", whose options say no "no": a bare no or "not really" asks which option is nearest.
     * "not really" had been kept as "Se busca culpable; mejor no arriesgar" (its "not"), "nope" was "Entendido, sin
     * problema 👍" as if something had been declined.
     */
    @ParameterizedTest
    @ValueSource(strings = {"not really", "nope", "nel", "no realmente", "la verdad no"})
    void aBareNoWhereNoOptionSaysNoAsksForTheNearest(String typed) {
        atQuestion(2);
        say(typed);
        assertThat(last.allText()).contains(plain("selfcheck.tap-an-answer")).contains("Pregunta 3 de 15")
                .doesNotContain(plain("common.deny-noted"));
        assertThat(last.allButtonData()).contains("sc:L3:0", "sc:L3:4");
    }

    /**
     * A goal for the business told as a wish at the first question, however short or faint its lean to a need, is kept
     * for the challenge written next: "tengo una panaderia y quiero vender mas" (7 words, 0.37) had been "toque la
     * opción" and the need lost. Answers to the question, and a wish about what it asks, stay answers.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|tengo una panaderia y quiero vender mas|true", "es|tengo una tienda y quiero crecer|true",
            "en|i have a bakery, want more sales|true", "en|bakery here, we want to sell more|true",
            "en|i have a bakery and want to sell more|true",
            "es|más o menos, cuando hay tiempo|false", "es|queremos mejorar pero no hay tiempo|false",
            "es|necesito pensarlo|false", "en|we want to but there's no time|false"})
    void aGoalToldAsAWishAtAQuestionIsKeptAsANeed(String lang, String typed, boolean need) {
        atQuestion(lang, 0);
        say(typed);
        String noted = TestTexts.texts().get("common.need-noted", lang, "text", typed).replaceAll("<[^>]+>", "");
        if (need) {
            assertThat(last.allText()).contains(noted);
            assertThat(last.allButtonData()).contains("/nuevo_reto", "/continuar");
        } else {
            assertThat(last.allText()).doesNotContain(noted.lines().findFirst().orElseThrow().split(":")[0]);
            assertThat(last.allButtonData()).as("the question's answer, or its options").contains("sc:L1:0")
                    .doesNotContain("/nuevo_reto");
        }
    }

    private void atQuestion(int answered) {
        atQuestion("es", answered);
    }

    private void atQuestion(String lang, int answered) {
        say(lang.equals("es") ? "hola" : "hello");
        last = chat.button(id, "consent:yes");
        last = chat.button(id, "sector:commerce");
        last = chat.button(id, "size:micro");
        say("popayan");
        last = chat.button(id, "company:skip");
        for (int i = 0; i < answered; i++) {
            say("2");
        }
        assertThat(last.allText()).contains((lang.equals("es") ? "Pregunta " : "Question ") + (answered + 1)
                + (lang.equals("es") ? " de 15" : " of 15"));
    }

    private static String plain(String key) {
        return TestTexts.texts().get(key, "es").replaceAll("<[^>]+>", "");
    }

    private void say(String text) {
        last = chat.text(id, text);
        assertThat(last.status()).isEqualTo(200);
    }
}
