package co.aliada.selfcheck;

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
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SelfCheckLoaderTests {

    private static final String SHIPPED = read(TestContent.INTENTS.resolve(SelfCheckLoader.FILE));

    @TempDir
    Path dir;

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve(SelfCheckLoader.FILE), yaml);
    }

    private static int lineOf(String yaml, String text) {
        String before = yaml.substring(0, yaml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private ContentProblem onlyProblem(String yaml) throws IOException {
        write(yaml);
        ContentException e = catchThrowableOfType(ContentException.class, () -> SelfCheckLoader.load(dir));
        assertThat(e).as("the change is refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void loadsTheShippedSelfCheck() {
        assertThat(SelfCheckLoader.check(TestContent.INTENTS)).isEqualTo("15 questions in 6 areas");
    }

    @Test
    void refusesAQuestionWithoutFiveOptionsNamingItsLine() throws IOException {
        String broken = SHIPPED.replace("      - {es: \"Ninguna.\", en: \"None.\"}\n", "");
        ContentProblem problem = onlyProblem(broken);
        assertThat(problem.file()).isEqualTo("selfcheck.yml");
        assertThat(problem.message()).contains("R1").contains("exactly 5 options").contains("found 4");
        assertThat(problem.line()).isEqualTo(lineOf(broken, "      - {es: \"Una, pequeña.\"") - 1);
    }

    @Test
    void refusesATextWithoutItsEnglishVersion() throws IOException {
        String broken = SHIPPED.replace("en: \"Do you have written improvement goals for this year?\"", "");
        ContentProblem problem = onlyProblem(broken);
        assertThat(problem.message()).contains("question P1 text").contains("English (en)");
        assertThat(problem.line()).isEqualTo(lineOf(broken, "es: \"¿Tiene metas escritas") - 1);
    }

    @Test
    void refusesThresholdsThatDoNotAscend() throws IOException {
        ContentProblem problem = onlyProblem(SHIPPED.replace("[1.50, 2.50, 3.25, 3.75]", "[1.50, 3.50, 3.25, 3.75]"));
        assertThat(problem.message()).contains("ascend").contains("3.25");
        assertThat(problem.line()).isEqualTo(lineOf(SHIPPED, "thresholds:"));
    }

    @Test
    void refusesAnAreaWithTooFewQuestions() throws IOException {
        String broken = SHIPPED.substring(0, SHIPPED.indexOf("  - id: R2"));
        write(broken);
        assertThatThrownBy(() -> SelfCheckLoader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("needs 15 questions, found 14")
                .hasMessageContaining("area results needs 2 or 3 questions, found 1");
    }

    @Test
    void refusesAMissingBaselineLevelAndAnUnknownArea() throws IOException {
        write(SHIPPED.replace("  excellence: 1\n", "").replace("area: planning\n    text:\n      es: \"¿Cómo",
                "area: plans\n    text:\n      es: \"¿Cómo"));
        assertThatThrownBy(() -> SelfCheckLoader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("level excellence")
                .hasMessageContaining("unknown area 'plans'");
    }

    @Test
    void validateReportsTheFileAndLine() throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        try (var texts = Files.list(TestContent.INTENTS.resolve("texts"))) {
            for (Path file : texts.toList()) {
                Files.copy(file, dir.resolve("texts").resolve(file.getFileName()));
            }
        }
        write(SHIPPED.replace("[1.50, 2.50, 3.25, 3.75]", "[1.50, 2.50, 3.25]"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(new String[] {dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("selfcheck.yml:" + lineOf(SHIPPED, "thresholds:") + ": scoring.thresholds needs 4 numbers");
        write(SHIPPED);
        out.reset();
        assertThat(ValidateCommand.run(new String[] {dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("self-check: 15 questions in 6 areas");
    }

    @Test
    void keepsServingTheOldSelfCheckWhenAnEditIsBroken() throws IOException {
        write(SHIPPED);
        ContentPart<SelfCheck> content = ContentPart.of("selfcheck", dir, SelfCheckLoader::load);
        try (LiveContent live = TestContent.loaded(content)) {
            write(SHIPPED.replace("No tenemos metas.", ""));
            assertThat(live.reloadNow()).isFalse();
            assertThat(content.current().content().questions().get(3).options().get(0).es()).isEqualTo("No tenemos metas.");
            assertThat(content.lastError()).isPresent();
            write(SHIPPED.replace("No tenemos metas.", "Ninguna meta."));
            assertThat(live.reloadNow()).isTrue();
            assertThat(content.current().content().questions().get(3).options().get(0).es()).isEqualTo("Ninguna meta.");
        }
    }

    /** A missing self-check file is said as any missing file is ("file not found"), never by the machine's path. */
    @Test
    void aMissingFileIsSaidByItsNameNotByAPathOnTheMachine() {
        ContentException e = catchThrowableOfType(ContentException.class, () -> SelfCheckLoader.load(dir));
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly("selfcheck.yml: file not found");
    }

    @Test
    void aSelfCheckFileDeletedWhileTheBotRunsIsRefusedSayingWhatItHeld() throws IOException {
        write(SHIPPED);
        ContentPart<SelfCheck> content = ContentPart.of("selfcheck", dir, SelfCheckLoader::load, SelfCheckLoader.FILE);
        try (LiveContent live = TestContent.loaded(content)) {
            Files.delete(dir.resolve(SelfCheckLoader.FILE));

            assertThat(live.reloadNow()).isFalse();
            assertThat(content.current().content().questions()).hasSize(15);
            assertThat(content.lastError()).hasValueSatisfying(error -> assertThat(error.summary())
                    .startsWith("selfcheck.yml: this file was removed (it held ").contains("15 questions", "put it back")
                    .doesNotContain(dir.getFileName().toString()).doesNotContain("\n"));
        }
    }
}
