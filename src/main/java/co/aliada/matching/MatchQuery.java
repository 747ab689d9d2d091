package co.aliada.matching;

import java.util.List;

/**
 * What to match: the text, the chat's language (the text may be in either), how many services,
 * and optional context from the journey that may nudge the ranking.
 *
 * @param driver    the challenge's innovation driver ({@code problem}, {@code technology}, {@code trend}, {@code users}), or null
 * @param sector    the company's sector id, or null
 * @param weakAreas the self-check's weakest areas, weakest first, possibly empty
 */
public record MatchQuery(String text, String lang, int limit, String driver, String sector, List<String> weakAreas) {

    public MatchQuery {
        weakAreas = weakAreas == null ? List.of() : List.copyOf(weakAreas);
    }

    public static MatchQuery of(String text, String lang, int limit) {
        return new MatchQuery(text, lang, limit, null, null, List.of());
    }
}
