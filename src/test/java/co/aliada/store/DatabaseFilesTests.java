package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13: the embedded database as shipped (the URL of application.properties, moved to a temporary folder):
 * no network listener, files for the owner only, an erasure that leaves nothing readable in the files
 * while the application runs, and event ids purged after Telegram's redelivery window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aliada.telegram.token=")
class DatabaseFilesTests {

    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        dir = Files.createTempDirectory("aliada-files").resolve("data");
        String url = shipped.getProperty("spring.datasource.url").replace("./data/", dir.toAbsolutePath() + "/");
        registry.add("spring.datasource.url", () -> url);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaleRowsPurge purge;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDatabaseOpensNoNetworkPortAndOnlyItsOwnerCanReadIt() throws Exception {
        jdbc.queryForObject("select 1", Integer.class);
        // AUTO_SERVER writes the TCP address it listens on into the lock file
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".lock.db")) {
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("server=");
                }
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.settings where setting_name = 'AUTO_SERVER'"
                + " and setting_value = 'TRUE'", Integer.class)).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
            }
        });
    }

    @Test
    void anErasureLeavesNothingReadableInTheDatabaseFilesWhileTheApplicationRuns() throws Exception {
        String id = "erase" + System.nanoTime();
        String marker = "QX" + Long.toString(System.nanoTime(), 36).toUpperCase() + "ZEBRA-SECRETO";
        post(id, "{\"text\":\"/start\"}");
        post(id, "{\"button\":\"consent:yes\"}");
        post(id, "{\"text\":\"Mi empresa es " + marker + " y mi cédula es 123\"}");
        String export = post(id, "{\"text\":\"/mis_datos\"}");
        Matcher media = Pattern.compile("/api/media/[0-9a-f-]+").matcher(export);
        assertThat(media.find()).as("the export is served as a file").isTrue();
        for (int i = 0; i < 30; i++) {
            post("other" + i + id, "{\"text\":\"/start\"}");
        }
        assertThat(inFiles(marker)).as("the text reached the files (or the test proves nothing)").isTrue();

        post(id, "{\"text\":\"/borrar_datos si\"}");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(filesWith(marker)).as("database files holding the erased text").isEmpty());
        assertThat(get(media.group())).as("the old export is no longer served").isEqualTo(404);
        post(id, "{\"text\":\"/start\"}");
        assertThat(jdbc.queryForObject("select count(*) from chat_state", Integer.class)).isPositive();
    }

    @Test
    void eventIdsArePurgedOnceTelegramCanNoLongerRedeliverThem() {
        Instant now = Instant.now();
        jdbc.update("insert into processed_event (event_id, processed_at) values ('tg:old', ?), ('tg:recent', ?)",
                Timestamp.from(now.minus(Duration.ofHours(25))), Timestamp.from(now.minus(Duration.ofHours(1))));
        jdbc.update("insert into chat_state (chat, lang, step, consent, data, updated_at) values "
                + "('tg:idle-stranger', 'es', 'consent', 'NONE', '{}', ?), ('tg:consented', 'es', 'menu', 'ACCEPTED', '{}', ?)",
                Timestamp.from(now.minus(Duration.ofHours(25))), Timestamp.from(now.minus(Duration.ofHours(25))));

        purge.purge();

        assertThat(jdbc.queryForList("select event_id from processed_event where event_id like 'tg:%'", String.class))
                .contains("tg:recent").doesNotContain("tg:old");
        assertThat(jdbc.queryForList("select chat from chat_state where chat in ('tg:idle-stranger', 'tg:consented')",
                String.class)).containsExactly("tg:consented");
    }

    private boolean inFiles(String marker) throws Exception {
        return !filesWith(marker).isEmpty();
    }

    private List<String> filesWith(String marker) throws Exception {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    found.add(file.getFileName().toString());
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private String post(String id, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/" + id))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
