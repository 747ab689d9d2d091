package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell sales staff who do not sell ({@code sales-staff.yml}), per language: the staff
 * ("los muchachos", "our reps") and what they fail to do with a customer ("no saben ofrecer", "never greet"); and the
 * services such a text lifts.
 */
public record SalesStaff(List<String> lifts, Map<String, List<String>> staff, Map<String, List<String>> notSelling) {

    public static final SalesStaff NONE = new SalesStaff(List.of(), Map.of(), Map.of());

    public SalesStaff {
        lifts = List.copyOf(lifts);
        staff = Map.copyOf(staff);
        notSelling = Map.copyOf(notSelling);
    }

    public List<String> staff(String lang) {
        return staff.getOrDefault(lang, List.of());
    }

    public List<String> notSelling(String lang) {
        return notSelling.getOrDefault(lang, List.of());
    }
}
