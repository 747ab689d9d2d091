package co.aliada.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one test that reads the shipped {@code catalog/} and {@code intents/}: every other test reads the
 * fixed copy under {@code src/test/resources/content}, so an admin's edit fails here, with file and line,
 * and nowhere else. Counts are not checked: admins add services and phrases.
 */
class ShippedContentTests {

    @Test
    void theShippedCatalogueAndIntentsPassTheChecksTheBotLoadsThemWith() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ValidateCommand.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("OK: ").contains("catalogue: ", "intents: ", "challenges: ", "self-check: ");
        assertThat(exit).as(printed).isZero();
    }
}
