package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell a person still to hire ({@code hiring.yml}), per language: the hiring verbs
 * ("contratar", "hire"), the person hired ("una persona", "alguien", "un vendedor", "someone") and what makes it a
 * one-off job rather than a person for the business ("que haga", "to build"); and the services such a text lifts.
 */
public record Hiring(List<String> lifts, Map<String, List<String>> hire, Map<String, List<String>> person,
                     Map<String, List<String>> forWork) {

    public static final Hiring NONE = new Hiring(List.of(), Map.of(), Map.of(), Map.of());

    public Hiring {
        lifts = List.copyOf(lifts);
        hire = Map.copyOf(hire);
        person = Map.copyOf(person);
        forWork = Map.copyOf(forWork);
    }

    public List<String> hire(String lang) {
        return hire.getOrDefault(lang, List.of());
    }

    public List<String> person(String lang) {
        return person.getOrDefault(lang, List.of());
    }

    public List<String> forWork(String lang) {
        return forWork.getOrDefault(lang, List.of());
    }
}
