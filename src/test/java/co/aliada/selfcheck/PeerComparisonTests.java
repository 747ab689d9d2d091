package co.aliada.selfcheck;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

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
                .isEqualTo("Of 10 Tourism companies that took this self-check, 6 are also at Commitment: it's a very common starting point.");
    }

    @Test
    void countsEachCompanyOnceByItsLatestSelfCheck() {
        for (int i = 0; i < 9; i++) {
            finished("web:c" + i, "ict", 1);
        }
        finished("web:c0", "ict", 3);
        assertThat(history.latestRanks("ict")).hasSize(9).containsOnlyOnce(3);
        assertThat(peers.sentence(turn("en"), LevelScorerTests.CONTENT, 3, "ict")).contains("Fusión i3 Cauca study");
    }

    /**
     * H2 runs an {@code id in (subquery)} again for every row it tests, so each finished self-check cost the
     * square of its sector's results: turns slowed down as the table grew (docs/BENCHMARKS.md). The plan
     * must read the sector's latest results once and join them.
     */
    @Test
    void readsTheSectorsLatestResultsOnceNotOncePerRow() {
        for (int i = 0; i < 20; i++) {
            finished("web:c" + i, "ict", 1 + i % 3);
        }
        String plan = db.queryForObject("explain " + SelfCheckHistory.LATEST_RANKS.replace("?", "'ict'"), String.class);
        assertThat(plan).doesNotContainPattern("(?i)\\bIN\\s*\\(\\s*SELECT");
        assertThat(history.latestRanks("ict")).hasSize(20);
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
        assertThat(history.latestRanks("ict")).hasSize(1);
        assertThat(db.queryForObject("select count(*) from selfcheck_area", Integer.class)).isEqualTo(6);
    }

    @Test
    void listsTheStudyShareForEveryLevel() {
        List<String> sentences = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(rank -> peers.sentence(turn("es"), LevelScorerTests.CONTENT, rank, null)).toList();
        assertThat(sentences.get(0)).contains("11 de 30").contains("Compromiso");
        assertThat(sentences.get(1)).startsWith("6 de cada 10");
        assertThat(sentences.get(2)).startsWith("3 de cada 10");
        assertThat(sentences.get(3)).startsWith("1 de cada 10");
        assertThat(sentences.get(4)).startsWith("Solo 1 de 30");
    }
}
