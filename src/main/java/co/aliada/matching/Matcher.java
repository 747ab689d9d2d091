package co.aliada.matching;

/**
 * Finds the catalogue's innovation services that fit what an entrepreneur wrote, ranked best
 * first, with the institutions that offer them. Answers {@code none} when nothing fits.
 */
public interface Matcher {

    MatchResult match(MatchQuery query);

    default MatchResult match(String text, String lang, int limit) {
        return match(MatchQuery.of(text, lang, limit));
    }

    /**
     * Whether the text only says who is asking ("I run a small coffee roastery in Popayan", "somos una cooperativa de
     * café"): no wish or trouble yet, so no challenge to keep as it is.
     */
    default boolean onlySaysWhoIsAsking(String text) {
        return false;
    }
}
