package co.aliada.selfcheck;

import java.util.Map;

import co.aliada.conversation.Turn;

/**
 * "3 de cada 10 empresas están en su nivel o más arriba": against the article's 30 companies, or
 * against the bot's own companies of the same sector once there are {@value #MIN_OWN} of them.
 */
final class PeerComparison {

    static final int MIN_OWN = 10;
    private static final String NO_SECTOR = "other";

    private final SelfCheckHistory history;

    PeerComparison(SelfCheckHistory history) {
        this.history = history;
    }

    String sentence(Turn turn, SelfCheck content, int rank, String sector) {
        Map<Integer, Integer> own = sector == null || sector.equals(NO_SECTOR) ? Map.of() : history.companiesByRank(sector);
        int[] perRank = new int[6];
        String key;
        if (own.values().stream().mapToInt(Integer::intValue).sum() >= MIN_OWN) {
            own.forEach((r, companies) -> perRank[r] = companies);
            key = "selfcheck.peer.sector.";
        } else {
            for (int r = 1; r <= 5; r++) {
                perRank[r] = content.baseline().getOrDefault(content.level(r).id(), 0);
            }
            key = "selfcheck.peer.study.";
        }
        int total = 0;
        int atOrAbove = 0;
        for (int r = 1; r <= 5; r++) {
            total += perRank[r];
            atOrAbove += r >= rank ? perRank[r] : 0;
        }
        String level = content.level(rank).name().in(turn.lang());
        String sectorName = sectorName(turn, sector);
        if (rank == 1) {
            return turn.text(key + "first", "same", perRank[1], "total", total, "level", level, "sector", sectorName);
        }
        long share = Math.round(atOrAbove * 10.0 / total);
        return turn.text(key + (share == 0 ? "few" : "share"), "share", share, "count", atOrAbove,
                "total", total, "sector", sectorName);
    }

    private static String sectorName(Turn turn, String sector) {
        String key = "sector." + sector;
        // Profile labels start with an emoji; inside a sentence the plain name reads better.
        return sector != null && turn.texts().has(key) ? turn.text(key).replaceFirst("^[^\\p{L}]+", "") : "";
    }
}
