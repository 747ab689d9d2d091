package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import co.aliada.content.ContentProblem;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Admins hear of a refused change in their language, with the parser's message in plain words and the
 * line shown; after the fix, lastError clears and they hear that their change is live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"aliada.telegram.token=",
        "aliada.admin.user-ids=42", "spring.datasource.url=jdbc:h2:mem:notices-${random.uuid};DB_CLOSE_DELAY=-1"})
@Import(ContentNoticesTests.Recorder.class)
class ContentNoticesTests {

    static final Path CATALOG = temp().resolve("catalog");
    static final Path INTENTS = CATALOG.resolveSibling("intents");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        try {
            FileSystemUtils.copyRecursively(TestContent.CATALOG, CATALOG);
            FileSystemUtils.copyRecursively(TestContent.INTENTS, INTENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("aliada.catalog.dir", CATALOG::toString);
        registry.add("aliada.intents.dir", INTENTS::toString);
    }

    /** Admins' notices as sent, in both languages. */
    @TestConfiguration
    static class Recorder {
        static final List<Function<String, String>> SENT = new CopyOnWriteArrayList<>();

        @Bean
        AdminNotices recordingNotices() {
            return new AdminNotices() {
                @Override
                public void tell(List<Long> adminIds, String html) {
                    SENT.add(lang -> html);
                }

                @Override
                public void tell(List<Long> adminIds, Function<String, String> htmlIn) {
                    assertThat(adminIds).containsExactly(42L);
                    SENT.add(htmlIn);
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    LiveContent content;

    @Test
    void aRefusalIsExplainedPlainlyAndItsFixIsAnnouncedLive() throws Exception {
        Path file = CATALOG.resolve("institutions.yml");
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("name: Universidad del Cauca", "name: Universidad: del Cauca"));

        await().atMost(Duration.ofSeconds(20)).until(() -> sent("Cambio de contenido rechazado", "institutions.yml") != null);
        Function<String, String> refusal = sent("Cambio de contenido rechazado", "institutions.yml");
        assertThat(refusal.apply("es")).contains("institutions.yml:7", "Hay un «: » donde YAML no lo espera",
                "▶ 7 │     name: Universidad: del Cauca", "  6 │   - id: unicauca");
        assertThat(refusal.apply("en")).contains("Content change refused", "There is a «: » where YAML does not expect one");
        assertThat(catalog()).doesNotContain("\"lastError\":null");
        // the same plain words as the admins' notice and validate, not the parser's
        assertThat(catalog("?lang=es")).contains("\"lastError\":\"catalog/institutions.yml:7: Hay un «: » donde YAML no lo espera");

        Files.writeString(file, good);

        await().atMost(Duration.ofSeconds(20)).until(() -> sent("ya está en vivo", "(catalog") != null);
        assertThat(sent("ya está en vivo", "(catalog").apply("en")).contains("Your change is live", "catalog");
        assertThat(catalog()).contains("\"lastError\":null");
    }

    @Test
    void aValueCutByACommentInAFileSavedToDiskIsToldToTheAdminsWithItsLine() throws Exception {
        Path file = CATALOG.resolve("institutions.yml");
        String good = Files.readString(file);
        try {
            Files.writeString(file, good.replaceFirst("city: Popayán", "city: calle 4 # 2-67 Popayán"));

            await().atMost(Duration.ofSeconds(20)).until(() -> sent("puede que no sea lo que quiso escribir") != null);
            Function<String, String> warning = sent("puede que no sea lo que quiso escribir");
            assertThat(warning.apply("es")).contains("<b>catalog</b>: su cambio ya se aplicó", "institutions.yml:9",
                    "Lo que sigue al «#» se lee como comentario, así que el valor queda solo «calle 4»",
                    "▶  9 │     city: calle 4 # 2-67 Popayán");
            assertThat(warning.apply("en")).contains("your change was applied", "What follows the «#» is read as a comment");
            assertThat(content.warnings(CATALOG.toAbsolutePath().normalize())).extracting(ContentProblem::line).containsExactly(9);
        } finally {
            Files.writeString(file, good);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> content.warnings(CATALOG.toAbsolutePath().normalize()).isEmpty());
    }

    @Test
    void aRefusedIntentsFileShowsAsTheCatalogsLastErrorUntilItIsMended() throws Exception {
        Path file = INTENTS.resolve("nlu/prices.yml");
        Files.writeString(file, "coffee_prices:\n  es: [precio del café]\n  english: [coffee price]\n");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !catalog().contains("\"lastError\":null"));
            assertThat(catalog()).contains("\"lastError\":\"intents/nlu/prices.yml:3: intent 'coffee_prices' has unknown field 'english'");
        } finally {
            Files.delete(file);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog().contains("\"lastError\":null"));
    }

    private static Function<String, String> sent(String... words) {
        return Recorder.SENT.stream().filter(html -> List.of(words).stream().allMatch(html.apply("es")::contains)).findFirst().orElse(null);
    }

    private String catalog() throws Exception {
        return catalog("");
    }

    private String catalog(String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/catalog" + query)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("aliada-notices");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
