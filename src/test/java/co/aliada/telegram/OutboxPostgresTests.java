package co.aliada.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import co.aliada.conversation.Outbound;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import co.aliada.store.StorableDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox table on PostgreSQL: a chat's head, a piece with its keyboard and file read back, the marks. */
class OutboxPostgresTests {

    @Test
    void piecesReadBackWholeAndOnlyEachChatsFirstWaitingPieceIsAHead() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            OutboxTable table = new OutboxTable(new JdbcTemplate(new StorableDataSource(postgres.getPostgresDatabase())));
            Outbound.Attachment chart = new Outbound.Attachment("chart.png", "image/png", "png\u0000bytes".getBytes(StandardCharsets.UTF_8));
            List<List<Outbound.Button>> keyboard = List.of(List.of(new Outbound.Button("Sí", "consent:yes")));
            Instant now = Instant.parse("2026-03-01T10:00:00Z");
            table.insert("tg:7", new Piece(7, Piece.Method.PHOTO, "<b>Nivel</b>", keyboard, chart), now);
            table.insert("tg:7", new Piece(7, Piece.Method.MESSAGE, "después", List.of(), null), now);
            table.insert("tg:-100", new Piece(-100, Piece.Method.MESSAGE, "caso\u0000 \uD800 😀", List.of(), null), now);

            List<OutboxTable.Head> heads = table.heads();
            assertThat(heads).extracting(OutboxTable.Head::chat).containsExactly("tg:7", "tg:-100");
            Piece photo = table.piece(heads.get(0).id());
            assertThat(photo.buttons()).isEqualTo(keyboard);
            assertThat(photo.file().bytes()).isEqualTo(chart.bytes());
            assertThat(photo.text()).isEqualTo("<b>Nivel</b>");

            table.sent(heads.get(0).id(), 1, now);
            table.retryAt(heads.get(1).id(), 1, now.plusSeconds(5), "502");
            List<OutboxTable.Head> next = table.heads();
            assertThat(next).extracting(OutboxTable.Head::chat).containsExactly("tg:7", "tg:-100");
            assertThat(table.piece(next.get(0).id()).text()).isEqualTo("después");
            assertThat(next.get(1).nextAt()).isEqualTo(now.plusSeconds(5));
            assertThat(next.get(1).attempts()).isEqualTo(1);
            assertThat(table.piece(next.get(1).id()).text()).isEqualTo("caso\uFFFD \uFFFD 😀");
            assertThat(table.count(OutboxTable.SENT)).isEqualTo(1);
        }
    }

    @Test
    void aPieceIsClaimedByOneInstanceUntilItsLeaseRunsOut() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            OutboxTable table = new OutboxTable(new JdbcTemplate(new StorableDataSource(postgres.getPostgresDatabase())));
            Instant now = Instant.parse("2026-03-01T10:00:00Z");
            table.insert("tg:7", new Piece(7, Piece.Method.MESSAGE, "uno", List.of(), null), now);
            table.insert("tg:7", new Piece(7, Piece.Method.MESSAGE, "dos", List.of(), null), now);
            long first = table.heads(now).get(0).id();

            assertThat(table.claim(first, "a", now.plusSeconds(60), now)).isTrue();
            assertThat(table.claim(first, "b", now.plusSeconds(60), now)).as("held by a").isFalse();
            assertThat(table.heads(now)).as("a claimed head is no one else's to send, nor is the chat's next").isEmpty();

            Instant later = now.plusSeconds(61);
            assertThat(table.heads(later)).extracting(OutboxTable.Head::id).containsExactly(first);
            assertThat(table.claim(first, "b", later.plusSeconds(60), later)).as("a died: b takes it over").isTrue();
            table.sent(first, 1, later);
            assertThat(table.claim(first, "a", later.plusSeconds(60), later.plusSeconds(120)))
                    .as("sent meanwhile: a stale head is not sent again").isFalse();
            assertThat(table.heads(later)).extracting(h -> table.piece(h.id()).text()).containsExactly("dos");
        }
    }
}
