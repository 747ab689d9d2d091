package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import co.aliada.catalog.Hiring;

/**
 * Whether a text tells a person still to hire, with the admins' words ({@code hiring.yml}): a hiring verb ("contratar",
 * "hire") and after it, in the same sentence, the person ("una persona", "un vendedor", "someone"), with no one-off job
 * after the verb ("que haga", "to build": a project, not a person for the business). The skill the person must have
 * ("que me lleve la contabilidad", "who knows marketing") otherwise leads to that skill's own service. Both languages'
 * words are looked for in every text, as the matcher searches both languages. Built once per catalogue version.
 */
final class HiringClause {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+");
    // A sentence ends at these: "contratamos a alguien. la gente no nos encuentra…" is two things told.
    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n]+");

    private final Map<String, List<List<String>>> hire = new HashMap<>();
    private final Map<String, List<List<String>>> person = new HashMap<>();
    private final Map<String, List<List<String>>> forWork = new HashMap<>();
    private final List<String> lifts;

    HiringClause(Hiring words) {
        this.lifts = words.lifts();
        for (String lang : Fields.LANGS) {
            words.hire(lang).forEach(w -> MarkerWords.addByFirstWord(hire, TOKEN, w));
            words.person(lang).forEach(w -> MarkerWords.addByFirstWord(person, TOKEN, w));
            words.forWork(lang).forEach(w -> MarkerWords.addByFirstWord(forWork, TOKEN, w));
        }
    }

    /** Whether a sentence of the text has a hiring verb, the person after it, and no one-off job after the verb. */
    boolean tells(String text) {
        if (text == null || lifts.isEmpty() || hire.isEmpty() || person.isEmpty()) {
            return false;
        }
        for (String sentence : SENTENCE.split(MarkerWords.straightApostrophes(text))) {
            List<String> folded = MarkerWords.tokens(TOKEN, sentence).folded();
            int verb = MarkerWords.firstAt(hire, folded, 0);
            if (verb >= 0 && MarkerWords.firstAt(person, folded, verb + 1) >= 0
                    && MarkerWords.firstAt(forWork, folded, verb + 1) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The services such a text needs first. */
    List<String> lifts() {
        return lifts;
    }
}
