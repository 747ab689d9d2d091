package co.aliada.intent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IntentReloadTests {

    @TempDir
    Path dir;

    private ContentPart<IntentModel> intents;
    private LiveContent content;

    @BeforeEach
    void loadShippedIntents() throws IOException {
        IntentFilesTests.copyShipped(dir);
        intents = ContentPart.of("intents", dir, IntentFiles::load, IntentFiles.FOLDER);
        content = TestContent.loaded(intents);
    }

    @Test
    void aNewPhraseIsUnderstoodAfterAReload() throws IOException {
        IntentClassifier classifier = new IntentClassifier(intents);
        assertThat(classifier.classify("precio del café hoy", "es").id()).isNotEqualTo("coffee_prices");

        Files.writeString(dir.resolve("nlu/prices.yml"), """
                coffee_prices:
                  es: [precio del café, a cómo está el café, cuánto pagan por la carga de café]
                  en: [coffee price, how much is coffee paying]
                """);

        assertThat(content.reloadNow()).isTrue();
        assertThat(classifier.classify("precio del café hoy", "es").id()).isEqualTo("coffee_prices");
    }

    @Test
    void anInvalidEditKeepsTheOldModelServingAndSaysWhere() throws IOException {
        IntentClassifier classifier = new IntentClassifier(intents);
        IntentModel before = intents.get();

        Files.writeString(dir.resolve("nlu/prices.yml"), """
                coffee_prices:
                  es: [precio del café]
                  english: [coffee price]
                """);

        assertThat(content.reloadNow()).isFalse();
        assertThat(intents.get()).isSameAs(before);
        assertThat(intents.lastError()).hasValueSatisfying(failure -> assertThat(failure.summary())
                .contains("nlu/prices.yml:3: intent 'coffee_prices' has unknown field 'english'"));
        assertThat(classifier.classify("quiero hablar con una persona", "es").id()).isEqualTo("talk_to_human");
    }

    @Test
    void aTextEditDoesNotRebuildTheIntentModel() throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        IntentModel before = intents.get();

        Files.writeString(dir.resolve("texts/extra.yml"), "greeting.extra:\n  es: Hola\n  en: Hi\n");

        assertThat(content.reloadNow()).isTrue();
        assertThat(intents.get()).isSameAs(before);
    }

    /**
     * Without negation.yml "no quiero hablar con un asesor" opened a case: a deleted negation file is refused, the
     * negated request keeps being a refusal, and the admin is told which file went and to put it back.
     */
    @Test
    void aDeletedNegationFileIsRefusedAndANegatedRequestStaysARefusal() throws IOException {
        Files.copy(TestContent.INTENTS.resolve(Negation.FILE), dir.resolve(Negation.FILE));
        ContentPart<IntentModel> served = ContentPart.of("intents", dir, IntentFiles::load, IntentFiles.FOLDER, Negation.FILE);
        try (LiveContent live = TestContent.loaded(served)) {
            IntentClassifier classifier = new IntentClassifier(served);
            assertThat(classifier.classify("no quiero hablar con un asesor", "es").id()).isNotEqualTo("talk_to_human");

            Files.delete(dir.resolve(Negation.FILE));

            assertThat(live.reloadNow()).isFalse();
            assertThat(classifier.classify("no quiero hablar con un asesor", "es").id()).isNotEqualTo("talk_to_human");
            assertThat(served.lastError()).hasValueSatisfying(error -> assertThat(error.summary())
                    .startsWith("negation.yml: this file was removed (it held ").contains("put it back"));
        }
    }
}
