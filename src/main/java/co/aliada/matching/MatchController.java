package co.aliada.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Catalog;
import co.aliada.content.ContentPart;
import co.aliada.content.Loaded;
import co.aliada.web.BadRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/match} and {@code GET /api/catalog}, as the design's contract gives them. */
@RestController
class MatchController {

    static final int MAX_TEXT = 2000;
    static final int MAX_LIMIT = 10;

    private final Matcher matcher;
    private final ContentPart<CatalogIndex> catalog;

    MatchController(Matcher matcher, ContentPart<CatalogIndex> catalog) {
        this.matcher = matcher;
        this.catalog = catalog;
    }

    // text and limit are read as any JSON value so that a number, an array or null is refused, not coerced to "5",
    // and a limit of 3.5 is refused rather than cut to 3.
    record MatchRequest(Object text, String lang, Object limit) {
    }

    @PostMapping("/api/match")
    MatchView match(@RequestBody MatchRequest request) {
        if (!(request.text() instanceof String text) || text.isBlank()) {
            throw new BadRequest("send {\"text\": \"...\"} with the challenge to match: text must be a non-empty string");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequest("text is too long: at most " + MAX_TEXT + " characters");
        }
        if (request.lang() != null && !List.of("es", "en").contains(request.lang())) {
            throw new BadRequest("lang must be \"es\" or \"en\"");
        }
        int limit = limit(request.limit());
        String lang = request.lang() == null ? "es" : request.lang();
        return MatchView.of(matcher.match(MatchQuery.of(text, lang, limit)));
    }

    /** A whole number from 1 to {@link #MAX_LIMIT}, as a JSON number or (as before) a string of digits; 3 when absent. */
    private static int limit(Object value) {
        long limit = value == null ? 3
                : value instanceof Integer || value instanceof Long ? ((Number) value).longValue()
                : value instanceof String digits && digits.strip().matches("\\d{1,9}") ? Long.parseLong(digits.strip())
                : -1;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit must be a whole number between 1 and " + MAX_LIMIT);
        }
        return (int) limit;
    }

    /** {@code lastError} is always there, null once the files on disk are the ones served (the contract says so). */
    record CatalogView(String version, Instant loadedAt, Map<String, Integer> counts,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String lastError,
                       Instant lastErrorAt) {
    }

    @GetMapping("/api/catalog")
    CatalogView catalog() {
        Loaded<CatalogIndex> live = catalog.current();
        Catalog content = live.content().catalog();
        var error = catalog.lastError();
        return new CatalogView(live.version(), live.loadedAt(), Map.of("pillars", content.pillars().size(),
                "services", content.services().size(), "institutions", content.institutions().size()),
                error.map(co.aliada.content.RefusedChange::summary).orElse(null), error.map(co.aliada.content.RefusedChange::at).orElse(null));
    }
}
