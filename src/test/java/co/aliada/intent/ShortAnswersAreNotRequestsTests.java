package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short answers given at a question (how many, how often, who, since when) share one common word with a command's
 * phrases ("todos" with "borren todo", "de todo" with "empezar todo de nuevo", "every day" with "good day") and came
 * close enough to run it: "todos" asked whether to erase all the data. Words of the request's own still make it one.
 */
class ShortAnswersAreNotRequestsTests {

    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "todos | es | delete_my_data",
            "all of it | en | delete_my_data",
            "all of us | en | delete_my_data",
            "todos los días | es | delete_my_data",
            "todo | es | restart",
            "de todo | es | restart",
            "the whole team | en | restart",
            "every day | en | greet",
            "todo el tiempo | es | thanks",
            "all the time | en | out_of_scope",
            "a veces | es | restart",
            "most of them | en | challenge",
    })
    void anAnswerThatSharesOnlyCommonWordsIsNoRequest(String text, String lang, String misread) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo(misread);
        assertThat(intent.strong()).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "borrar todo | es | delete_my_data",
            "borren todo | es | delete_my_data",
            "bórrenme | es | delete_my_data",
            "delete everything | en | delete_my_data",
            "empezar de nuevo | es | restart",
            "reiniciar | es | restart",
            "start over | en | restart",
            "mis datos | es | my_data",
            "quiero mis datos | es | my_data",
            "hola | es | greet",
            "buenos días | es | greet",
            "good day | en | greet",
            "gracias | es | thanks",
            "gracias por todo | es | thanks",
            "ya | en | affirm",
            "what now | en | help",
    })
    void aShortRequestWithItsOwnWordsKeepsItsIntent(String text, String lang, String expected) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);
    }
}
