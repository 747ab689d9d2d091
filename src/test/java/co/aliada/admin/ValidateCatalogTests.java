package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.catalog.TestCatalogs;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCatalogTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void passesTheShippedCatalogueWithAOneLineSummary() {
        assertThat(ValidateCommand.run(new String[] {TestContent.CATALOG.toString()}, print())).isZero();
        assertThat(output()).isEqualTo("OK: catalogue: 4 pillars, 29 services, 7 institutions\n");
    }

    @Test
    void printsFileLineAndWhatIsWrongAndFails(@TempDir Path dir) {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS.replace("[mp-market-entry]", "[mp-nothing]"));
        assertThat(ValidateCommand.run(new String[] {dir.toString()}, print())).isEqualTo(1);
        assertThat(output()).contains(dir.resolve("institutions.yml") + ":8: institution 'unicauca' offers service 'mp-nothing'")
                .contains("1 problem found");
    }

    @Test
    void namesAFileNotSavedAsUtf8WithItsLineAndPrintsNoStackTrace(@TempDir Path dir) throws IOException {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        latin1(dir.resolve("services/market-positioning.yml"));
        latin1(dir.resolve("synonyms-es.txt"));

        assertThat(ValidateCommand.run(new String[] {dir.toString()}, print())).isEqualTo(1);
        assertThat(output())
                .contains(dir.resolve("services/market-positioning.yml") + ":6: this file is not saved as UTF-8")
                .contains(dir.resolve("synonyms-es.txt") + ":1: this file is not saved as UTF-8")
                .contains("save it as UTF-8 in your editor")
                .doesNotContain("Exception").doesNotContain("Input length");
    }

    private static void latin1(Path file) throws IOException {
        Files.writeString(file, Files.readString(file), StandardCharsets.ISO_8859_1);
    }

    private PrintStream print() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
