package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.aliada.content.TestContent;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.FileSystemUtils;

/** Each content check refuses (or warns about) a file that would break the bot, naming the file and line. */
class ContentChecksTests {

    @TempDir
    Path dir;
    Path intents;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void copy() throws IOException {
        intents = dir.resolve("intents");
        FileSystemUtils.copyRecursively(TestContent.INTENTS, intents);
    }

    @Test
    void refusesTextsTelegramWouldRejectWithTheirLine() throws IOException {
        Files.writeString(intents.resolve("texts/zz-broken.yml"), """
                broken.br:
                  es: "Gracias…<br>¡Bienvenido!"
                  en: "Thanks…"
                broken.unclosed:
                  es: "<b>Hola"
                  en: "<b>Hi</b>"
                broken.bare:
                  es: "3 < 5 &"
                  en: "3 &lt; 5 &amp;"
                """);

        assertThat(validate(intents)).isEqualTo(1);
        assertThat(printed()).contains("zz-broken.yml:2: text 'broken.br' (es): <br> is not a tag Telegram knows",
                "zz-broken.yml:5: text 'broken.unclosed' (es): <b> is never closed",
                "zz-broken.yml:8: text 'broken.bare' (es): a bare '<'", "zz-broken.yml:8: text 'broken.bare' (es): a bare '&'");
    }

    @Test
    void refusesAPlaceholderTheOtherLanguageDoesNotUse() throws IOException {
        Files.writeString(intents.resolve("texts/zz-placeholder.yml"), """
                greeting.by-name:
                  es: "Hola, {nombre}"
                  en: "Hi, {name}"
                """);

        assertThat(validate(intents)).isEqualTo(1);
        assertThat(printed()).contains("zz-placeholder.yml:1: text 'greeting.by-name' uses placeholders [nombre] in es but [name] in en");
    }

    @Test
    void refusesAPlaceholderTheCodeDoesNotFillEvenWhenBothLanguagesAgree() throws IOException {
        // the bot gives this text {name}; an admin who translates the placeholder sends people "{nombre}"
        Path escalation = intents.resolve("texts/escalation.yml");
        List<String> lines = Files.readAllLines(escalation);
        int es = lines.indexOf("escalation.user.taken:") + 2;
        int en = es + 1;
        lines.set(es - 1, lines.get(es - 1).replace("{name}", "{nombre}"));
        lines.set(en - 1, lines.get(en - 1).replace("{name}", "{nombre}"));
        Files.write(escalation, lines);
        // and a text the bot fills nothing in
        Files.writeString(intents.resolve("texts/zz-new.yml"), """
                greeting.new:
                  es: "Hola, {empresa}"
                  en: "Hi, {empresa}"
                """);

        assertThat(validate(intents)).isEqualTo(1);
        assertThat(printed()).contains(
                escalation + ":" + es + ": text 'escalation.user.taken' (es) uses the placeholder {nombre}, which the bot does not "
                        + "fill in this text; it fills {name}",
                escalation + ":" + en + ": text 'escalation.user.taken' (en) uses the placeholder {nombre}",
                "zz-new.yml:2: text 'greeting.new' (es) uses the placeholder {empresa}, which the bot does not fill in this text; "
                        + "it fills none");
    }

    @Test
    void anAdminReadsAPlaceholderProblemInTheirLanguage() {
        Texts texts = TestTexts.texts();
        String message = "text 'escalation.user.taken' (es) uses the placeholder {nombre}, which the bot does not fill in this text; "
                + "it fills {name}";

        assertThat(ProblemLines.plain(message, "es", texts)).isEqualTo("El texto «escalation.user.taken» (es) usa {nombre}, que el bot "
                + "no llena en este texto (le llegaría así a la persona); este texto puede usar: {name}");
        assertThat(ProblemLines.plain(message, "en", texts)).startsWith("The text «escalation.user.taken» (es) uses {nombre}, which the bot");
        assertThat(ProblemLines.plain("text 'greeting.new' (en) uses the placeholder {empresa}, which the bot does not fill in this "
                + "text; it fills none", "es", texts)).contains("el bot no llena ningún marcador en este texto");
    }

    /**
     * The slips an admin makes most (a text left without one language, an id mistyped or repeated) were told in English
     * inside a Spanish notice; each is said in the admin's language, with its values.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            text 'start.greeting' is missing its English (en) version | Al texto «start.greeting» le falta su versión en inglés (en) | The text «start.greeting» is missing its English (en) version
            text 'start.greeting' is missing its Spanish (es) version | Al texto «start.greeting» le falta su versión en español (es) | The text «start.greeting» is missing its Spanish (es) version
            duplicate service id 'mp-pricing': already used at services/market-positioning.yml:40 | El id «mp-pricing» está repetido: ya se usa en services/market-positioning.yml:40 | The id «mp-pricing» is repeated: it is already used at services/market-positioning.yml:40
            institution 'unicauca' offers service 'mp-pricingg', which does not exist | La institución «unicauca» ofrece el servicio «mp-pricingg», que no está en el catálogo: revise cómo está escrito el id | The institution «unicauca» offers the service «mp-pricingg», which is not in the catalogue: check how the id is written
            lifts names service 'ci-talent-developmen', which does not exist | La lista «lifts» nombra el servicio «ci-talent-developmen», que no está en el catálogo: revise cómo está escrito el id | The list «lifts» names the service «ci-talent-developmen», which is not in the catalogue: check how the id is written
            service 'mp-pricing' points at pillar 'market-positionin', which does not exist (pillars: continuous-improvement, market-positioning) | El servicio «mp-pricing» apunta al pilar «market-positionin», que no existe; los pilares son: continuous-improvement, market-positioning | The service «mp-pricing» points at the pillar «market-positionin», which does not exist; the pillars are: continuous-improvement, market-positioning
            """)
    void theSlipsAdminsMakeMostAreToldInTheirLanguage(String message, String spanish, String english) {
        Texts texts = TestTexts.texts();

        assertThat(ProblemLines.plain(message, "es", texts)).isEqualTo(spanish);
        assertThat(ProblemLines.plain(message, "en", texts)).isEqualTo(english);
    }

    @Test
    void everyTextOfTheShippedContentUsesOnlyThePlaceholdersTheCodeFills() {
        assertThat(validate(Path.of("intents"))).isZero();
    }

    @Test
    void warnsWithTheLineWhenACommentCutsAValue() throws IOException {
        Path catalog = dir.resolve("catalog");
        FileSystemUtils.copyRecursively(TestContent.CATALOG, catalog);
        String institutions = Files.readString(catalog.resolve("institutions.yml"));
        Files.writeString(catalog.resolve("institutions.yml"),
                institutions.replaceFirst("city: Popayán", "city: calle 4 # 2-67 Popayán"));

        assertThat(validate(catalog)).isZero();
        assertThat(printed()).contains("warning: " + catalog.resolve("institutions.yml") + ":9: the text after '#' is read as a comment, "
                + "so the value is only \"calle 4\"");
    }

    @Test
    void namesTheFileAndLineOfAMistypedIntent() throws IOException {
        Path commands = intents.resolve("nlu/commands.yml");
        Files.writeString(commands, Files.readString(commands).replace("\ntalk_to_human:", "\ntalk_to_humna:"));
        int line = Files.readAllLines(commands).indexOf("talk_to_humna:") + 1;

        assertThat(validate(intents)).isEqualTo(1);
        assertThat(printed()).contains(commands + ":" + line + ": intent 'talk_to_human' is missing; the bot relies on it. "
                + "Is 'talk_to_humna' on this line a typo of 'talk_to_human'?");
    }

    private int validate(Path folder) {
        return ValidateCommand.run(new String[] {folder.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
