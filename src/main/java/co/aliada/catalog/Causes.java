package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell a cause ({@code causes.yml}), per language: those after which the cause
 * follows ("porque", "due to") and those before which it was told ("por eso", "that's why").
 */
public record Causes(Map<String, List<String>> after, Map<String, List<String>> before) {

    public static final Causes NONE = new Causes(Map.of(), Map.of());

    public Causes {
        after = Map.copyOf(after);
        before = Map.copyOf(before);
    }

    public List<String> after(String lang) {
        return after.getOrDefault(lang, List.of());
    }

    public List<String> before(String lang) {
        return before.getOrDefault(lang, List.of());
    }
}
