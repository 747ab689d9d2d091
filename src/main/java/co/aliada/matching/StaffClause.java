package co.aliada.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.aliada.catalog.SalesStaff;

/**
 * Whether a text tells sales staff who do not sell, with the admins' words ({@code sales-staff.yml}): a word of the
 * staff ("los muchachos", "our reps") and after it, in the same sentence, one of what they fail to do with a customer
 * ("no saben ofrecer", "never greet"). The staff's words pull towards developing people; a selling phrase alone lifted
 * sales training for every text about sales. Both languages' words are looked for in every text, as the matcher
 * searches both languages. Built once per catalogue version.
 */
final class StaffClause implements LiftingClause {

    private final Map<String, List<List<String>>> staff = new HashMap<>();
    private final Map<String, List<List<String>>> notSelling = new HashMap<>();
    private final List<String> lifts;

    StaffClause(SalesStaff words) {
        this.lifts = words.lifts();
        for (String lang : Fields.LANGS) {
            words.staff(lang).forEach(w -> add(staff, w));
            words.notSelling(lang).forEach(w -> add(notSelling, w));
        }
    }

    /** Whether a sentence of the text names the staff and, after them, what they fail to do with a customer. */
    @Override
    public boolean tells(String text) {
        if (text == null || lifts.isEmpty() || staff.isEmpty() || notSelling.isEmpty()) {
            return false;
        }
        for (List<String> folded : MarkerWords.sentences(text)) {
            int first = MarkerWords.firstAt(staff, folded, 0);
            if (first >= 0 && MarkerWords.firstAt(notSelling, folded, first + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> lifts() {
        return lifts;
    }

    private static void add(Map<String, List<List<String>>> phrases, String phrase) {
        MarkerWords.addByFirstWord(phrases, MarkerWords.WORD, phrase);
    }
}
