package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.Hiring;

/**
 * Whether a text tells a person still to hire, with the admins' words ({@code hiring.yml}): a hiring verb ("contratar",
 * "hire") and after it, in the same sentence, the person ("una persona", "un vendedor", "someone"), with no one-off job
 * after the verb ("que haga", "to build": a project, not a person for the business). The skill the person must have
 * ("que me lleve la contabilidad", "who knows marketing") otherwise leads to that skill's own service. Both languages'
 * words are looked for in every text, as the matcher searches both languages. Built once per catalogue version.
 */
final class HiringClause implements LiftingClause {

    private final Map<String, List<List<String>>> hire = new HashMap<>();
    private final Map<String, List<List<String>>> person = new HashMap<>();
    private final Map<String, List<List<String>>> forWork = new HashMap<>();
    private final List<String> lifts;

    HiringClause(Hiring words) {
        this.lifts = words.lifts();
        for (String lang : Fields.LANGS) {
            words.hire(lang).forEach(w -> MarkerWords.addByFirstWord(hire, MarkerWords.WORD, w));
            words.person(lang).forEach(w -> MarkerWords.addByFirstWord(person, MarkerWords.WORD, w));
            words.forWork(lang).forEach(w -> MarkerWords.addByFirstWord(forWork, MarkerWords.WORD, w));
        }
    }

    /** Whether a sentence of the text has a hiring verb, the person after it, and no one-off job after the verb. */
    @Override
    public boolean tells(String text) {
        if (text == null || lifts.isEmpty() || hire.isEmpty() || person.isEmpty()) {
            return false;
        }
        for (List<String> folded : MarkerWords.sentences(text)) {
            int verb = MarkerWords.firstAt(hire, folded, 0);
            if (verb >= 0 && MarkerWords.firstAt(person, folded, verb + 1) >= 0
                    && MarkerWords.firstAt(forWork, folded, verb + 1) < 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> lifts() {
        return lifts;
    }
}
