package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.admin.ValidateCommand;
import co.aliada.content.ContentException;
import co.aliada.content.ContentProblem;
import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.RefusedChange;
import co.aliada.content.TestContent;
import co.aliada.onboarding.Onboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeLoaderTests {

    @TempDir
    Path dir;

    private final String shipped = read(ChallengeBot.INTENTS.resolve(ChallengeLoader.FILE));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve(ChallengeLoader.FILE), content);
    }

    @Test
    void loadsTheShippedDriversWithPromptsForEverySectorInBothLanguages() {
        ChallengeContent content = ChallengeBot.CONTENT;

        assertThat(content.drivers()).extracting(ChallengeContent.Driver::id).containsExactlyElementsOf(ChallengeContent.DRIVERS);
        for (ChallengeContent.Driver driver : content.drivers()) {
            for (String sector : Onboarding.SECTORS) {
                assertThat(driver.prompts(sector, "es")).hasSizeBetween(2, 3);
                assertThat(driver.prompts(sector, "en")).hasSameSizeAs(driver.prompts(sector, "es"));
            }
        }
        assertThat(content.limits().maxChars()).isEqualTo(600);
    }

    @Test
    void reportsEachProblemWithItsFileAndLine() throws IOException {
        write(shipped.replace("- id: trend", "- id: fashion")
                .replace("template: \"¿Cómo podríamos {action}{who}?\"", "template: \"¿Cómo podríamos?\"")
                .replace("          - \"¿Qué productos le preguntan y no tiene?\"\n", ""));

        assertThatThrownBy(() -> ChallengeLoader.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.problems()).extracting(ContentProblem::file).containsOnly(ChallengeLoader.FILE);
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
            assertThat(e.getMessage()).contains("unknown driver 'fashion'").contains("driver 'trend' is missing")
                    .contains("needs the placeholder {action}").contains("/prompts/commerce/es");
        });
    }

    @Test
    void refusesMalformedYamlAndAMissingFile() throws IOException {
        assertThatThrownBy(() -> ChallengeLoader.load(dir)).hasMessageContaining("challenge.yml: file not found");
        write("drivers: [\n  - id: problem");
        assertThatThrownBy(() -> ChallengeLoader.load(dir)).hasMessageContaining("malformed YAML");
    }

    @Test
    void aBrokenEditKeepsTheOldContentServing() throws IOException {
        write(shipped);
        ContentPart<ChallengeContent> reload = ContentPart.of("challenges", dir, ChallengeLoader::load);
        LiveContent content = TestContent.loaded(reload);

        write(shipped.replace("weakScore: 0.34", "weakScore: -1"));
        assertThat(content.reloadNow()).isFalse();
        assertThat(reload.current().content().limits().weakScore()).isEqualTo(0.34);
        assertThat(reload.lastError()).get().extracting(RefusedChange::summary).asString().contains("/limits/weakScore");

        write(shipped.replace("maxChars: 600", "maxChars: 500"));
        assertThat(content.reloadNow()).isTrue();
        assertThat(reload.current().content().limits().maxChars()).isEqualTo(500);
    }

    @Test
    void theValidateCommandChecksTheChallengeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ValidateCommand.run(new String[] {TestContent.INTENTS.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("challenges: 4 drivers");

        write(shipped.replace("minWords: 5", "minWords: many"));
        out.reset();
        assertThat(ValidateCommand.run(new String[] {dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("challenge\\.yml:\\d+: /limits/minWords must be a whole number");
    }
}
