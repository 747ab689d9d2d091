package co.aliada.matching;

import java.util.List;

import co.aliada.web.BadRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/match}, as the design's contract gives it. */
@RestController
class MatchController {

    static final int MAX_TEXT = 2000;
    static final int MAX_LIMIT = 10;

    private final Matcher matcher;

    MatchController(Matcher matcher) {
        this.matcher = matcher;
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
}
