package co.aliada.intent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import co.aliada.content.HotReload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IntentReloadTests {

    @TempDir
    Path dir;

    private HotReload<IntentModel> intents() throws IOException {
        IntentFilesTests.copyShipped(dir);
        return new HotReload<>("intents", dir, IntentFiles::load, Duration.ofMillis(50), Clock.systemUTC()).load();
    }

    @Test
    void aNewPhraseIsUnderstoodAfterAReload() throws IOException {
        HotReload<IntentModel> intents = intents();
        IntentClassifier classifier = new IntentClassifier(() -> intents.current().content());
        assertThat(classifier.classify("precio del café hoy", "es").id()).isNotEqualTo("coffee_prices");

        Files.writeString(dir.resolve("nlu/prices.yml"), """
                coffee_prices:
                  es: [precio del café, a cómo está el café, cuánto pagan por la carga de café]
                  en: [coffee price, how much is coffee paying]
                """);

        assertThat(intents.reload()).isTrue();
        assertThat(classifier.classify("precio del café hoy", "es").id()).isEqualTo("coffee_prices");
    }

    @Test
    void anInvalidEditKeepsTheOldModelServingAndSaysWhere() throws IOException {
        HotReload<IntentModel> intents = intents();
        IntentClassifier classifier = new IntentClassifier(() -> intents.current().content());
        IntentModel before = intents.current().content();

        Files.writeString(dir.resolve("nlu/prices.yml"), """
                coffee_prices:
                  es: [precio del café]
                  english: [coffee price]
                """);

        assertThat(intents.reload()).isFalse();
        assertThat(intents.current().content()).isSameAs(before);
        assertThat(intents.lastError()).hasValueSatisfying(failure -> assertThat(failure.summary())
                .contains("nlu/prices.yml:3: intent 'coffee_prices' has unknown field 'english'"));
        assertThat(classifier.classify("quiero hablar con una persona", "es").id()).isEqualTo("talk_to_human");
    }
}
