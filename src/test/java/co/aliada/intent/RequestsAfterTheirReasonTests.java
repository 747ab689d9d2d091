package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 20. A request said as an order after its reason ("me confundí con las respuestas, reinicien eso") was
 * lost in the reason; a need for someone to keep the books, or a fresh start of the brand, was read as asking for a
 * person or starting over; and "desde el principio", the answer to a question of since when, cut into that question.
 */
class RequestsAfterTheirReasonTests {

    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me confundi con las respuestas, reinicien eso | es | restart",
            "necesito a alguien que me ayude con la contabilidad del negocio | es | challenge",
            "queremos empezar de cero con la imagen de la marca | es | challenge",
            "ya no voy a seguir con esto, borren todo lo mio | es | delete_my_data",
            "quiero hablar con una persona | es | talk_to_human",
    })
    void anOrderAfterItsReasonIsTheRequestAndANeedStaysANeed(String text, String lang, String expected) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);
    }

    /** Said where nothing was asked it may still start over; at a question it is the answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"desde el principio | es", "desde el comienzo | es", "from the start | en"})
    void aShortSinceWhenAnswerNeverCutsIntoAQuestion(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).strong()).as(text).isFalse();
    }
}
