package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** Admin commands and content files sent as documents, through the real client and a Bot API double. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AdminTelegramTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final BotApiDouble bot = new BotApiDouble();
    static final long ADMIN = 4242;
    static final long SOMEONE = 777;
    static final Path CATALOG = copy();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("aliada.admin.user-ids", () -> String.valueOf(ADMIN));
        registry.add("aliada.catalog.dir", CATALOG::toString);
        registry.add("aliada.admin.backup-dir", () -> CATALOG.resolveSibling("backups").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tg-admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void anAdminGetsTheStatusAndAnyoneElseTheHelp() {
        bot.sendCommand(ADMIN, "/admin_estado");
        assertThat(bot.awaitSentContaining(ADMIN, 0, "Estado de Aliada", WAIT).text()).contains("catalog");

        bot.sendCommand(SOMEONE, "/admin_estado");
        bot.awaitSentContaining(SOMEONE, 0, "/reiniciar", WAIT);
        assertThat(bot.sentTo(SOMEONE)).noneMatch(call -> call.text().contains("Estado de Aliada"));
    }

    @Test
    void aDocumentFromAnAdminReplacesTheFileAndGoesLiveOrIsRefused() throws IOException {
        String good = Files.readString(CATALOG.resolve("institutions.yml"));
        String renamed = good.replace("name: Universidad del Cauca\n", "name: Universidad del Cauca Norte\n");

        int sent = bot.sentTo(ADMIN).size();
        bot.sendDocument(ADMIN, "institutions.yml", renamed.getBytes(StandardCharsets.UTF_8), null);
        bot.awaitSentContaining(ADMIN, sent, "ya está en vivo", WAIT);
        assertThat(Files.readString(CATALOG.resolve("institutions.yml"))).contains("Universidad del Cauca Norte");

        sent = bot.sentTo(ADMIN).size();
        bot.sendDocument(ADMIN, "institutions.yml", "institutions: [".getBytes(StandardCharsets.UTF_8), null);
        assertThat(bot.awaitSentContaining(ADMIN, sent, "No apliqué", WAIT).text()).contains("institutions.yml");
        assertThat(Files.readString(CATALOG.resolve("institutions.yml"))).contains("Universidad del Cauca Norte");

        sent = bot.sentTo(ADMIN).size();
        bot.sendCommand(ADMIN, "/admin_deshacer");
        bot.awaitSentContaining(ADMIN, sent, "Volví a la versión anterior", WAIT);
        assertThat(Files.readString(CATALOG.resolve("institutions.yml"))).isEqualTo(good);

        sent = bot.sentTo(SOMEONE).size();
        bot.sendDocument(SOMEONE, "institutions.yml", "institutions: []".getBytes(StandardCharsets.UTF_8), null);
        bot.awaitSentContaining(SOMEONE, sent, "", WAIT);
        assertThat(bot.sentTo(SOMEONE).get(sent).text()).doesNotContain("No apliqué", "en vivo");
        assertThat(Files.readString(CATALOG.resolve("institutions.yml"))).isEqualTo(good);
    }

    private static Path copy() {
        try {
            Path dir = Files.createTempDirectory("aliada-tg-admin").resolve("catalog");
            FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
