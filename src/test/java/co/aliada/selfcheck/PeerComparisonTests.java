package co.aliada.selfcheck;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeerComparisonTests {

    private final JdbcTemplate db = SelfCheckTestDatabase.fresh();
    private final SelfCheckHistory history = new SelfCheckHistory(db);
    private final PeerComparison peers = new PeerComparison(history);

    private static Turn turn(String lang) {
        ChatState state = new ChatState("web:peer", lang, SelfCheckStep.ID, ChatState.Consent.ACCEPTED, Map.of());
        return new Turn(Inbound.text("web:peer", ""), state, SelfCheckStepTests.TEXTS, Understanding.Intent.NONE,
                name -> false);
    }

    /** Saves a finished self-check of the given overall level for a company. */
    private void finished(String chat, String sector, int answer) {
        Map<String, Integer> answers = LevelScorerTests.answers(answer);
        history.save(chat, sector, "micro", LevelScorer.score(LevelScorerTests.CONTENT, answers),
                LevelScorerTests.CONTENT, Instant.now());
    }

    @Test
    void comparesWithTheStudyUntilTenCompaniesOfTheSectorHaveFinished() {
        for (int i = 0; i < 9; i++) {
            finished("web:c" + i, "tourism", i < 3 ? 3 : 1); // 3 at level 3, 6 at level 1
        }
        finished("web:other", "commerce", 3);
        assertThat(peers.sentence(turn("es"), LevelScorerTests.CONTENT, 2, "tourism"))
                .isEqualTo("6 de cada 10 empresas del estudio Fusión i3 Cauca (19 de 30) están en su nivel o más arriba.");
        finished("web:c9", "tourism", 2);
        assertThat(peers.sentence(turn("es"), LevelScorerTests.CONTENT, 2, "tourism"))
                .isEqualTo("4 de cada 10 empresas de Turismo que hicieron este autodiagnóstico (4 de 10) están en su nivel o más arriba.");
        assertThat(peers.sentence(turn("en"), LevelScorerTests.CONTENT, 1, "tourism"))
                .isEqualTo("Of 10 Tourism companies that took this self-check, 6 are at Commitment, the first level: it's a very common starting point.");
    }

    @Test
    void countsEachCompanyOnceByItsLatestSelfCheck() {
        for (int i = 0; i < 9; i++) {
            finished("web:c" + i, "ict", 1);
        }
        finished("web:c0", "ict", 3);
        assertThat(history.companiesByRank("ict")).isEqualTo(Map.of(1, 8, 3, 1));
        assertThat(peers.sentence(turn("en"), LevelScorerTests.CONTENT, 3, "ict")).contains("Fusión i3 Cauca study");
    }

    /**
     * Grouping every result of the sector by chat at each finish cost time in the size of the table, and
     * retakes made it worse (docs/BENCHMARKS.md). Counting reads one row a company, however many
     * self-checks each has taken.
     */
    @Test
    void countsTheSectorsCompaniesWithoutReadingTheirEarlierSelfChecks() {
        for (int take = 0; take < 5; take++) {
            for (int i = 0; i < 20; i++) {
                finished("web:c" + i, "ict", 1 + (i + take) % 3);
            }
        }
        String plan = db.queryForObject("explain analyze " + SelfCheckHistory.COMPANIES_BY_RANK.replace("?", "'ict'"),
                String.class);
        assertThat(rowsRead(plan)).isLessThanOrEqualTo(21);
        assertThat(history.companiesByRank("ict")).isEqualTo(Map.of(1, 6, 2, 7, 3, 7));
    }

    /** The sum of H2's {@code scanCount} figures in an {@code explain analyze} plan. */
    private static int rowsRead(String plan) {
        return Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                .mapToInt(found -> Integer.parseInt(found.group(1))).sum();
    }

    @Test
    void upgradesKeepTheCompaniesThatFinishedBefore() {
        DriverManagerDataSource old = new DriverManagerDataSource(
                "jdbc:h2:mem:selfcheck-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("75").load().migrate();
        JdbcTemplate oldDb = new JdbcTemplate(old);
        oldDb.update("insert into selfcheck_result (chat, sector, company_size, overall_level, overall_rank, overall_average,"
                + " below_commitment, finished_at) values ('web:a', 'ict', 'micro', 'x', 1, 1.0, false, current_timestamp),"
                + " ('web:a', 'ict', 'micro', 'x', 4, 3.5, false, current_timestamp),"
                + " ('web:b', 'ict', 'micro', 'x', 2, 2.0, false, current_timestamp)");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();
        assertThat(new SelfCheckHistory(oldDb).companiesByRank("ict")).isEqualTo(Map.of(4, 1, 2, 1));
    }

    @Test
    void usesTheStudyForCompaniesWithoutASector() {
        for (int i = 0; i < 12; i++) {
            finished("web:c" + i, "other", 1);
        }
        assertThat(peers.sentence(turn("en"), LevelScorerTests.CONTENT, 3, "other"))
                .isEqualTo("3 in 10 companies of the Fusión i3 Cauca study (8 of 30) are at your level or above.");
        assertThat(peers.sentence(turn("en"), LevelScorerTests.CONTENT, 5, null))
                .isEqualTo("Only 1 of 30 companies in the Fusión i3 Cauca study reached your level or above. Excellent!");
    }

    @Test
    void forgetsAChatsSelfChecks() {
        finished("web:gone", "ict", 2);
        finished("web:kept", "ict", 2);
        assertThat(history.forget("web:gone")).isEqualTo(1);
        assertThat(history.companiesByRank("ict")).isEqualTo(Map.of(2, 1));
        assertThat(db.queryForObject("select count(*) from selfcheck_area", Integer.class)).isEqualTo(6);
    }

    @Test
    void listsTheStudyShareForEveryLevel() {
        List<String> sentences = IntStream.rangeClosed(1, 5)
                .mapToObj(rank -> peers.sentence(turn("es"), LevelScorerTests.CONTENT, rank, null)).toList();
        assertThat(sentences.get(0)).contains("11 de 30").contains("Compromiso");
        assertThat(sentences.get(1)).startsWith("6 de cada 10");
        assertThat(sentences.get(2)).startsWith("3 de cada 10");
        assertThat(sentences.get(3)).startsWith("1 de cada 10");
        assertThat(sentences.get(4)).startsWith("Solo 1 de 30");
    }
}
