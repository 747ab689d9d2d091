package co.aliada.intent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 19. A Colombian diminutive no phrase knows ("borren toditico", "un asesorcito") was read through its
 * letters only, and "casi todito" erased the data, strongly; erasing told as leaving no trace or as regret ("no quiero
 * dejar rastro aquí", "me arrepentí de darles mis datos", "nuke my data") was not understood, and "no me arrepentí,
 * dejen mis datos ahí" erased them. The same words told as a need, an answer or a refusal ask for nothing of the sort.
 */
class DiminutivesTracesAndRegretTests {

    private static final IntentClassifier CLASSIFIER = CommandsAtTheMenu.CLASSIFIER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "borren toditico | es | delete_my_data",
            "ya no quiero participar, borren toditico | es | delete_my_data",
            "bórrenme el numerito de su lista | es | delete_my_data",
            "no quiero dejar rastro aquí | es | delete_my_data",
            "que no quede ni rastro mío en su sistema | es | delete_my_data",
            "me arrepentí de darles mis datos | es | delete_my_data",
            "nuke my data | en | delete_my_data",
            "i don't want to leave any trace here | en | delete_my_data",
            "necesito un asesorcito que me oriente | es | talk_to_human",
            "muéstreme un resumencito de mi diagnóstico | es | summary",
            "quiero volver a ver mis recomendaciones | es | summary",
            "vendo poquito y no sé cómo darme a conocer | es | challenge",
            "me arrepentí de no tener página web, la competencia vende más | es | challenge",
            "me arrepiento de no llevar las cuentas en el computador | es | challenge",
            "i regret not having a website | en | challenge",
            "borren todo | es | delete_my_data",
            "quiero hablar con un asesor | es | talk_to_human",
    })
    void aRequestToldSmallOrAsATraceOrARegretIsThatRequestAndANeedStaysANeed(String text, String lang, String expected) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo(expected);
    }

    /** Answers of how much or how long, and refusals: never a command, never strong enough to interrupt a question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "casi todito | es | delete_my_data",
            "todito | es | delete_my_data",
            "poquito | es | delete_my_data",
            "un ratico | es | talk_to_human",
            "no me borren toditico | es | delete_my_data",
            "no borren mi rastro | es | delete_my_data",
            "no me arrepentí, dejen mis datos ahí | es | delete_my_data",
            "no quiero dejar de usar el bot | es | delete_my_data",
    })
    void anAnswerOrARefusalToldWithTheSameWordsActsOnNothing(String text, String lang, String refused) {
        var intent = CLASSIFIER.classify(text, lang);
        assertThat(intent.id()).as(text).isNotEqualTo(refused);
        assertThat(intent.id() != null && IntentModelTests.COMMANDS.contains(intent.id()) && intent.strong()).as(text).isFalse();
    }
}
