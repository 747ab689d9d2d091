package co.aliada.intent;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents round 14: the requests that must never be missed, told in words earlier rounds did not use, their refusals,
 * and business needs that borrow their words ("empezar de cero con un producto nuevo" is a need, not a restart that
 * would throw away the answers given so far).
 */
class NeedsThatSoundLikeRequestsTests {

    private static IntentClassifier classifier;

    @BeforeAll
    static void load() {
        IntentModel model = IntentFiles.load(TestContent.INTENTS);
        classifier = new IntentClassifier(() -> model);
    }

    @ParameterizedTest
    @CsvSource({
            "quiero empezar de cero con un producto nuevo, es",
            "i want to start over with a new product, en",
            "necesito borrar las deudas, es",
            "i need to get rid of our debts, en",
    })
    void aNeedThatBorrowsTheWordsOfARequestStaysANeed(String text, String lang) {
        var intent = classifier.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo("challenge");
        assertThat(intent.strong()).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "borren mis cosas, es, delete_my_data",
            "olvidense de mi, es, delete_my_data",
            "quiero dar de baja mi cuenta, es, delete_my_data",
            "unsubscribe me, en, delete_my_data",
            "hay alguien ahi de carne y hueso, es, talk_to_human",
            "quiero hablar con la universidad, es, talk_to_human",
            "can a real person call me, en, talk_to_human",
            "volvamos a empezar, es, restart",
            "empezar de cero, es, restart",
            "start fresh, en, restart",
    })
    void theRequestsThatMustNeverBeMissedStillInterrupt(String text, String lang, String expected) {
        var intent = classifier.classify(text, lang);
        assertThat(intent.id()).as(text).isEqualTo(expected);
        assertThat(intent.strong()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "no borren nada todavia, es, delete_my_data",
            "no hace falta que me pasen con nadie, es, talk_to_human",
            "sin reiniciar, es, restart",
            "I don't want to start over, en, restart",
    })
    void theirRefusalsDoNotAct(String text, String lang, String refused) {
        assertThat(classifier.classify(text, lang).id()).as(text).isNotEqualTo(refused);
    }
}
