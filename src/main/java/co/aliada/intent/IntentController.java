package co.aliada.intent;

import java.util.List;

import co.aliada.web.BadRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/intent}: lets an admin try a phrase against the live intents after editing a file. */
@RestController
class IntentController {

    static final int MAX_TEXT = 4096;
    private static final int RANKED = 5;

    private final IntentClassifier classifier;

    IntentController(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    // text is read as any JSON value so that a number, an array or null is refused, not coerced to "5".
    record IntentRequest(Object text, String lang) {
    }

    // "intent": null is part of the contract, so it is written even though the app omits nulls.
    record IntentResponse(@JsonInclude(JsonInclude.Include.ALWAYS) String intent, double score,
                          List<Classification.Scored> ranked) {
    }

    @PostMapping("/api/intent")
    IntentResponse classify(@RequestBody IntentRequest request) {
        if (!(request.text() instanceof String text) || text.isBlank()) {
            throw new BadRequest("send {\"text\": \"...\"} with some text to classify: text must be a non-empty string");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequest("text is too long: at most " + MAX_TEXT + " characters");
        }
        if (request.lang() != null && !List.of("es", "en").contains(request.lang())) {
            throw new BadRequest("lang must be \"es\" or \"en\"");
        }
        Classification result = classifier.rank(text, request.lang());
        return new IntentResponse(result.intent(), result.score(),
                result.ranked().subList(0, Math.min(RANKED, result.ranked().size())));
    }
}
