package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.matching.CatalogIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Admin commands run for the ids of {@code aliada.admin.user-ids} and give anyone else the ordinary help;
 * a content file sent by an admin goes live when valid, changes nothing when not, and can be undone.
 */
@SpringBootTest(properties = {"aliada.telegram.token=", "aliada.admin.user-ids=42",
        "spring.datasource.url=jdbc:h2:mem:admin-commands-${random.uuid};DB_CLOSE_DELAY=-1"})
class AdminCommandTests {

    static final Path WORK = temp();
    static final Path CATALOG = WORK.resolve("catalog");
    static final Path INTENTS = WORK.resolve("intents");
    static final Path BACKUPS = WORK.resolve("backups");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        copy(TestContent.CATALOG, CATALOG);
        copy(TestContent.INTENTS, INTENTS);
        registry.add("aliada.catalog.dir", CATALOG::toString);
        registry.add("aliada.intents.dir", INTENTS::toString);
        registry.add("aliada.admin.backup-dir", BACKUPS::toString);
    }

    @Autowired
    ConversationEngine engine;
    @Autowired
    AdminDesk desk;
    @Autowired
    ContentPart<CatalogIndex> catalog;
    @Autowired
    ContentPart<Texts> texts;
    @Autowired
    LiveContent content;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    byte[] original;

    @BeforeEach
    void restore() throws IOException {
        original = Files.readAllBytes(TestContent.CATALOG.resolve("institutions.yml"));
        Files.write(CATALOG.resolve("institutions.yml"), original);
        FileSystemUtils.deleteRecursively(BACKUPS);
        content.reload(CATALOG.toAbsolutePath().normalize());
    }

    @Test
    void anAdminSeesTheStateOfContentCasesAndOutbox() {
        List<Outbound> replies = engine.handle(admin("admin_estado"));

        assertThat(replies).singleElement().extracting(Outbound::plainText).asString()
                .contains("Estado de Aliada", "catalog: versión " + content.current().version(CATALOG.toAbsolutePath().normalize()), "Casos sin cerrar: 0",
                        "Empresas con perfil: 0");
    }

    @Test
    void theStateShowsAValueCutAtAHashInAFileSavedToDisk() throws IOException {
        Files.writeString(CATALOG.resolve("institutions.yml"),
                new String(original, StandardCharsets.UTF_8).replaceFirst("city: Popayán", "city: calle 4 # 2-67 Popayán"));
        assertThat(content.reload(CATALOG.toAbsolutePath().normalize())).isTrue();

        assertThat(engine.handle(admin("admin_estado"))).singleElement().extracting(Outbound::plainText).asString()
                .contains("1 advertencia(s), la primera: institutions.yml:9: Lo que sigue al «#» se lee como comentario, así que el valor "
                        + "queda solo «calle 4»");
    }

    @Test
    void anyoneElseGetsTheOrdinaryHelp() {
        for (String command : List.of("admin_estado", "admin_recargar", "admin_deshacer", "admin_reporte")) {
            List<Outbound> replies = engine.handle(Inbound.command("tg:7", command).withUser("7", "Eva"));

            assertThat(replies).extracting(Outbound::text).contains(texts.current().content().get("help.text", "es"));
            assertThat(replies).allSatisfy(reply -> assertThat(reply.image()).isNull());
        }
        assertThat(desk.upload("7", "es", "institutions.yml", null, "institutions: []".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void anAdminReloadsAndGetsTheReportAsChartsAndACsv() {
        assertThat(engine.handle(admin("admin_recargar"))).singleElement().extracting(Outbound::plainText).asString()
                .contains("✅ catalog", "✅ intents");

        jdbc.update("insert into challenge (chat, driver, text, how_might_we, urgency, feasibility, impact, priority, "
                + "services, created_at, confirmed) values ('tg:1', 'users', 't', 'h', 1, 1, 1, 3, 'mp-advertising', current_timestamp, true)");

        List<Outbound> report = engine.handle(admin("admin_reporte"));

        assertThat(report.get(report.size() - 1).document().fileName()).endsWith(".csv");
        assertThat(new String(report.get(report.size() - 1).document().bytes(), StandardCharsets.UTF_8))
                .contains("figura,concepto,columna,valor");
        assertThat(report).filteredOn(reply -> reply.image() != null).isNotEmpty()
                .allSatisfy(reply -> assertThat(Arrays.copyOf(reply.image().bytes(), 4)).containsExactly(0x89, 'P', 'N', 'G'));
        assertThat(report).extracting(Outbound::text).contains("<b>Retos por impulsor</b>");
    }

    @Test
    void aValidFileGoesLiveAtOnceAndTheOldOneIsKeptForUndo() throws IOException {
        String before = catalog.current().version();
        byte[] renamed = new String(original, StandardCharsets.UTF_8)
                .replace("name: Universidad del Cauca\n", "name: Universidad del Cauca (sede norte)\n").getBytes(StandardCharsets.UTF_8);

        List<String> answer = desk.upload("42", "es", "institutions.yml", null, renamed);

        assertThat(answer).singleElement().asString().contains("ya está en vivo");
        assertThat(catalog.current().version()).isNotEqualTo(before);
        assertThat(catalog.current().content().catalog().institutions()).extracting(i -> i.name())
                .contains("Universidad del Cauca (sede norte)");
        assertThat(Files.readAllBytes(CATALOG.resolve("institutions.yml"))).isEqualTo(renamed);
        try (Stream<Path> kept = Files.walk(BACKUPS)) {
            assertThat(kept.filter(p -> p.getFileName().toString().equals("institutions.yml")).toList())
                    .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(original));
        }

        List<Outbound> undone = engine.handle(admin("admin_deshacer"));

        assertThat(undone).singleElement().extracting(Outbound::plainText).asString().contains("institutions.yml");
        assertThat(catalog.current().version()).isEqualTo(before);
        assertThat(Files.readAllBytes(CATALOG.resolve("institutions.yml"))).isEqualTo(original);
        assertThat(engine.handle(admin("admin_deshacer"))).singleElement().extracting(Outbound::plainText).asString()
                .contains("No hay cambios");
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblemsAndNothingChanges() throws IOException {
        String before = catalog.current().version();
        byte[] broken = new String(original, StandardCharsets.UTF_8)
                .replace("      - ci-process-advice\n", "      - ci-no-such-service\n").getBytes(StandardCharsets.UTF_8);

        List<String> answer = desk.upload("42", "es", "institutions.yml", null, broken);

        assertThat(answer).singleElement().asString().contains("No apliqué", "institutions.yml", "ci-no-such-service");
        assertThat(catalog.current().version()).isEqualTo(before);
        assertThat(Files.readAllBytes(CATALOG.resolve("institutions.yml"))).isEqualTo(original);
        assertThat(BACKUPS).doesNotExist();
        assertThat(desk.upload("42", "es", "institutions.yml", null, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11}))
                .singleElement().asString().contains("UTF-8");
    }

    @Test
    void aFileOfNoKnownKindIsRefusedAndAnAmbiguousNameAsksForItsPath() {
        assertThat(desk.upload("42", "es", "notas.yml", null, "a: b".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("No sé qué archivo");
        assertThat(desk.upload("42", "es", "selfcheck.yml", null, "a: b".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("intents/selfcheck.yml", "intents/texts/selfcheck.yml");
        assertThat(desk.upload("42", "es", "selfcheck.yml", "texts/selfcheck.yml", "a: b".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("No apliqué", "texts/selfcheck.yml");
    }

    private static Inbound admin(String command) {
        return Inbound.command("tg:42", command).withUser("42", "Ana");
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("aliada-admin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            FileSystemUtils.copyRecursively(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
