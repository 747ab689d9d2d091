package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private PrintStream print() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
