package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Export, erase and retention SQL, and odd text (NUL, lone surrogates), on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "aliada.telegram.token=")
class PostgresPersonalDataTests {

    static final EmbeddedPostgres POSTGRES = start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired ConversationEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired RetentionSweep sweep;

    @Test
    void oddTextIsKeptExportedAndErasedOnPostgres() {
        String chat = "web:" + UUID.randomUUID();
        engine.handle(Inbound.command(chat, "start"));
        List.of("consent:yes", "sector:ict", "size:micro").forEach(data -> engine.handle(Inbound.button(chat, data)));
        engine.handle(Inbound.text(chat, "Popayán"));
        List<Outbound> replies = engine.handle(Inbound.text(chat, "Caf\u00e9\u0000 <script> \ud800"));
        assertThat(replies).extracting(Outbound::text).noneMatch(text -> text.contains("Uy, algo falló"));
        assertThat(jdbc.queryForObject("select data from chat_state where chat = ?", String.class, chat)).contains("Caf");

        Outbound export = engine.handle(Inbound.command(chat, "mis_datos")).get(0);
        assertThat(export.document()).isNotNull();
        assertThat(new String(export.document().bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("Popayán");

        engine.handle(Inbound.command(chat, "borrar_datos si"));
        assertThat(jdbc.queryForObject("select count(*) from transcript_line where chat = ?", Integer.class, chat)).isZero();
        assertThat(sweep.sweep()).isZero();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }
}
