package co.aliada.matching;

import java.util.List;

/**
 * What to match: the text, the chat's language (the text may be in either), how many services,
 * and optional context from the journey that may nudge the ranking.
 *
 * @param text      what is matched and what decides whether anything fits (the challenge as the person stated it)
 * @param driver    the challenge's innovation driver ({@code problem}, {@code technology}, {@code trend}, {@code users}), or null
 * @param sector    the company's sector id, or null
 * @param weakAreas the self-check's weakest areas, weakest first, possibly empty
 * @param context   what the person added about the text (who is affected, what was tried), or null: it weighs less
 *                  than the text and never decides whether anything fits
 */
public record MatchQuery(String text, String lang, int limit, String driver, String sector, List<String> weakAreas,
                         String context) {

    public MatchQuery {
        weakAreas = weakAreas == null ? List.of() : List.copyOf(weakAreas);
    }

    public MatchQuery(String text, String lang, int limit, String driver, String sector, List<String> weakAreas) {
        this(text, lang, limit, driver, sector, weakAreas, null);
    }

    public static MatchQuery of(String text, String lang, int limit) {
        return new MatchQuery(text, lang, limit, null, null, List.of());
    }

    /** This query with {@code context} beside its text. */
    public MatchQuery withContext(String context) {
        return new MatchQuery(text, lang, limit, driver, sector, weakAreas, context);
    }
}
