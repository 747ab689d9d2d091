package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import co.aliada.intent.IntentFiles;
import co.aliada.intent.IntentModel;
import co.aliada.matching.CatalogIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/catalog}'s {@code lastError}: what an admin who saved a file reads to know whether it was
 * taken, whichever folder it is in, in the words {@code validate} uses.
 */
class CatalogStatusTests {

    @TempDir
    Path root;
    private Path catalogDir;
    private Path intentsDir;
    private LiveContent content;
    private CatalogStatusController status;

    @BeforeEach
    void start() throws IOException {
        catalogDir = root.resolve("catalog");
        intentsDir = root.resolve("intents");
        FileSystemUtils.copyRecursively(TestContent.CATALOG, catalogDir);
        FileSystemUtils.copyRecursively(TestContent.INTENTS, intentsDir);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", catalogDir, CatalogIndex::load);
        ContentPart<Texts> texts = TextsLoader.part(intentsDir);
        ContentPart<IntentModel> intents = ContentPart.of("intents", intentsDir, IntentFiles::load, IntentFiles.FOLDER, "negation.yml");
        content = TestContent.loaded(catalog, texts, intents);
        status = new CatalogStatusController(catalog, content, texts);
    }

    @AfterEach
    void stop() throws IOException {
        content.close();
    }

    @Test
    void aRefusedChangeInTheIntentsFolderIsTheLastErrorWithItsFileAndLineUntilItIsMended() throws IOException {
        Path prices = intentsDir.resolve("nlu/prices.yml");
        Files.writeString(prices, """
                coffee_prices:
                  es: [precio del café]
                  english: [coffee price]
                """);

        assertThat(content.reloadNow()).isFalse();
        assertThat(status.catalog("es").lastError()).startsWith("intents/nlu/prices.yml:3: intent 'coffee_prices' has unknown field 'english'");
        assertThat(status.catalog("es").lastErrorAt()).isNotNull();

        Files.delete(prices);

        assertThat(content.reloadNow()).isTrue();
        assertThat(status.catalog("es").lastError()).isNull();
        assertThat(status.catalog("es").lastErrorAt()).isNull();
    }

    @Test
    void aDeletedIntentsFileIsTheLastError() throws IOException {
        Files.delete(intentsDir.resolve("negation.yml"));

        assertThat(content.reloadNow()).isFalse();
        assertThat(status.catalog("en").lastError()).startsWith("intents/negation.yml: this file was removed (it held ")
                .contains("put it back");
    }

    /** A pillar id mistyped in a services file was told in English to an admin who reads Spanish. */
    @Test
    void aMistypedIdIsToldInTheAdminsLanguage() throws IOException {
        Path services = catalogDir.resolve("services/market-positioning.yml");
        Files.writeString(services, Files.readString(services).replaceFirst("pillar: market-positioning", "pillar: market-positionin"));

        assertThat(content.reloadNow()).isFalse();
        assertThat(status.catalog("es").lastError()).contains("apunta al pilar «market-positionin», que no existe");
        assertThat(status.catalog("en").lastError()).contains("points at the pillar «market-positionin», which does not exist");
    }

    @Test
    void aYamlTypoIsExplainedInTheWordsValidateUses() throws IOException {
        Path pillars = catalogDir.resolve("pillars.yml");
        Files.writeString(pillars, Files.readString(pillars).replace("\n  - id: technology-management", "\n - id: technology-management"));

        assertThat(content.reloadNow()).isFalse();
        String lastError = status.catalog("es").lastError();
        assertThat(lastError).startsWith("catalog/pillars.yml:27: La sangría (los espacios al inicio) no cuadra con la de las líneas de arriba")
                .doesNotStartWith("catalog/pillars.yml:27: malformed YAML");
        assertThat(status.catalog("en").lastError()).startsWith("catalog/pillars.yml:27: The indentation (spaces at the start) does not match");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ValidateCommand.run(new String[] {catalogDir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), "es"))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(lastError);
    }
}
