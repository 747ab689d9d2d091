package co.aliada.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which waiting pieces a sending pass looks at, on H2: each chat's first, oldest chats first, a bounded part of a backlog. */
class OutboxHeadsTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final DriverManagerDataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:heads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final OutboxTable table = new OutboxTable(jdbc);

    OutboxHeadsTests() {
        Flyway.configure().dataSource(db).load().migrate();
    }

    /** {@code count} pieces for each chat in turn, in one batch. */
    private void waiting(int count, long... chats) {
        table.insertAll(IntStream.range(0, count).boxed().flatMap(i -> java.util.Arrays.stream(chats)
                .mapToObj(chat -> Map.entry("tg:" + chat, new Piece(chat, Piece.Method.MESSAGE, "m" + i, List.of(), null))))
                .toList(), NOW);
    }

    private static long[] chats(int from, int to) {
        return IntStream.range(from, to).asLongStream().toArray();
    }

    @Test
    void aPassOverALongBacklogReadsItsOldestPartOnly() {
        waiting(1, chats(1, 3_001));

        List<OutboxTable.Head> heads = table.heads(NOW);

        assertThat(heads).as("one page of the 3,000 chats, oldest first").hasSize(OutboxTable.PAGE);
        assertThat(heads).extracting(OutboxTable.Head::chat).startsWith("tg:1", "tg:2").endsWith("tg:" + OutboxTable.PAGE);
        assertThat(heads).extracting(OutboxTable.Head::id).isSorted();
    }

    @Test
    void theChatsFurtherBackComeOnceThoseAheadHaveGone() {
        waiting(1, chats(1, 3_001));
        for (OutboxTable.Head head : table.heads(NOW)) {
            table.sent(head.id(), 1, NOW);
        }

        assertThat(table.heads(NOW)).extracting(OutboxTable.Head::chat).hasSize(OutboxTable.PAGE)
                .startsWith("tg:" + (OutboxTable.PAGE + 1));
    }

    @Test
    void aChatWithALongBacklogOfItsOwnIsReadPast() {
        waiting(OutboxTable.PAGE + 500, 7);
        waiting(1, 8, 9);

        assertThat(table.heads(NOW)).extracting(head -> head.chat() + " " + table.piece(head.id()).text())
                .containsExactly("tg:7 m0", "tg:8 m0", "tg:9 m0");
    }

    @Test
    void aClaimedHeadKeepsItsChatsNextPiecesBackOnEveryPage() {
        waiting(OutboxTable.PAGE + 500, 7);
        waiting(1, 8);
        long first = table.heads(NOW).get(0).id();
        assertThat(table.claim(first, "other", NOW.plusSeconds(60), NOW)).isTrue();

        assertThat(table.heads(NOW)).extracting(OutboxTable.Head::chat).containsExactly("tg:8");
        assertThat(table.heads(NOW.plusSeconds(61))).as("the lease ran out: its sender died")
                .extracting(OutboxTable.Head::id).first().isEqualTo(first);
    }

    @Test
    void aPageIsReadThroughTheIndexWithoutSortingTheQueue() {
        waiting(1, chats(1, 5_001));

        String plan = jdbc.queryForObject("explain analyze " + OutboxTable.WAITING_PAGE
                .replaceFirst("\\?", "'" + OutboxTable.PENDING + "'").replaceFirst("\\?", "0"), String.class);

        assertThat(plan).contains("index sorted");
        assertThat(Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                .mapToInt(found -> Integer.parseInt(found.group(1))).sum())
                .as("rows read of 5,000 waiting\n" + plan).isLessThanOrEqualTo(OutboxTable.PAGE + 1);
    }
}
