package co.aliada.intent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import co.aliada.content.ContentException;
import co.aliada.content.ContentProblem;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IntentFilesTests {

    @TempDir
    Path dir;

    /** A copy of the shipped intents, so each test breaks one thing in an otherwise valid folder. */
    static void copyShipped(Path target) throws IOException {
        Files.createDirectories(target.resolve(IntentFiles.FOLDER));
        try (Stream<Path> files = Files.list(TestContent.INTENTS.resolve(IntentFiles.FOLDER))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(IntentFiles.FOLDER).resolve(file.getFileName()));
            }
        }
    }

    private ContentException loadWith(String extraFile) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve("nlu/extra.yml"), extraFile);
        return catchThrowableOfType(ContentException.class, () -> IntentFiles.load(dir));
    }

    @Test
    void loadsTheShippedIntentsWithEveryContractId() {
        IntentModel model = IntentFiles.load(TestContent.INTENTS);
        assertThat(IntentFiles.CONTRACT).allMatch(model::has);
        assertThat(model.phrases()).isGreaterThan(800);
    }

    @Test
    void namesFileAndLineOfNeedsThatAreNoList() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  needs: café
                  es: [precio del café]
                  en: [coffee price]
                """);
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("nlu/extra.yml");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("needs").contains("list");
        });
    }

    @Test
    void namesFileAndLineOfAnUnknownField() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  es: [precio del café]
                  en: [coffee price]
                  answer: hoy está a 2 millones
                """);
        assertThat(e.problems()).containsExactly(new ContentProblem("nlu/extra.yml", 4,
                "intent 'coffee_prices' has unknown field 'answer' (allowed: clause, command, en, es, needs, never_with, threshold, yields)"));
    }

    @Test
    void namesFileAndLineOfAMissingLanguage() throws IOException {
        ContentException e = loadWith("""
                # prices
                coffee_prices:
                  es: [precio del café]
                """);
        assertThat(e.problems()).extracting(ContentProblem::toString)
                .containsExactly("nlu/extra.yml:2: intent 'coffee_prices' is missing its English (en) phrases");
    }

    @Test
    void namesFileAndLineOfAnEmptyPhraseList() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  es: [precio del café]
                  en: []
                """);
        assertThat(e.problems()).extracting(ContentProblem::toString)
                .containsExactly("nlu/extra.yml:3: intent 'coffee_prices' has an empty English (en) phrase list");
    }

    @Test
    void refusesAnIntentDefinedTwice() throws IOException {
        ContentException e = loadWith("""
                greet:
                  es: [epa]
                  en: [yo yo]
                """);
        assertThat(e.problems()).extracting(ContentProblem::toString)
                .containsExactly("nlu/small-talk.yml:4: intent 'greet' is already defined in nlu/extra.yml");
    }

    @Test
    void namesTheLineOfMalformedYaml() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  es: [precio del café
                  en: [coffee price]
                """);
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("nlu/extra.yml");
            assertThat(problem.line()).isBetween(2, 4);
            assertThat(problem.message()).startsWith("malformed YAML");
        });
    }

    @Test
    void requiresEveryContractIntent() throws IOException {
        copyShipped(dir);
        Files.delete(dir.resolve("nlu/topics.yml"));
        ContentException e = catchThrowableOfType(ContentException.class, () -> IntentFiles.load(dir));
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "nlu: intent 'out_of_scope' is missing; the bot relies on it",
                "nlu: intent 'challenge' is missing; the bot relies on it");
    }

    @Test
    void refusesAPhraseWithNothingToCompare() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  es: [precio del café, "???"]
                  en: [coffee price]
                """);
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "nlu/extra.yml:2: intent 'coffee_prices' has a Spanish (es) phrase with no words or emojis: '???'");
    }

    @Test
    void refusesABadThresholdAndCommandFlag() throws IOException {
        ContentException e = loadWith("""
                coffee_prices:
                  command: sometimes
                  threshold: 3
                  es: [precio del café]
                  en: [coffee price]
                """);
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "nlu/extra.yml:2: intent 'coffee_prices': command must be true or false",
                "nlu/extra.yml:3: intent 'coffee_prices': threshold must be a number between 0 and 1");
    }
}
