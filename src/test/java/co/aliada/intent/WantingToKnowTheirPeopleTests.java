package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "quiero saber qué quieren mis clientes" was read as a wish to see one's own data (my_data 0.43), and at the menu the
 * bot answered with the data export: wanting to know what the business's customers, buyers or competitors want or
 * think is a need. A wish to know what we keep still asks for the data.
 */
class WantingToKnowTheirPeopleTests {

    private static final IntentClassifier CLASSIFIER = new IntentClassifier(() -> IntentModelTests.SHIPPED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero saber que quieren mis clientes | es",
            "necesito hablar con mis clientes para saber que quieren comprar | es",
            "quisiera saber que piensan los compradores de mi queso | es",
            "me gustaria saber que opinan los consumidores de la panela | es",
            "saber que estan haciendo mis competidores | es",
            "i want to know what my customers want | en",
            "how do i find out what tourists are looking for | en"})
    void wantingToKnowWhatTheirPeopleWantIsNoRequestForMyData(String text, String lang) {
        Understanding.Intent intent = CLASSIFIER.classify(text, lang);

        assertThat(intent.id()).as(text + " " + intent).isNotIn("my_data", "delete_my_data");
        assertThat(intent.strong()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero saber que tienen guardado de mi | es",
            "que saben ustedes de mi | es",
            "quiero ver mis datos | es",
            "what data do you have about me | en",
            "show me my data | en"})
    void aWishToKnowWhatWeKeepStillAsksForTheData(String text, String lang) {
        assertThat(CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("my_data");
    }
}
