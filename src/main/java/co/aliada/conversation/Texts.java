package co.aliada.conversation;

import java.util.Map;

/**
 * The bot's own words, in Spanish and English, read from {@code intents/texts/*.yml}. Every key has
 * both languages (the loader refuses a file otherwise). Placeholders look like {@code {name}}.
 */
public final class Texts {

    /** The languages every text must have; Spanish is the default. */
    public static final String SPANISH = "es";
    public static final String ENGLISH = "en";

    private final Map<String, Map<String, String>> byKey;

    public Texts(Map<String, Map<String, String>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** {@code es} or {@code en} for any language hint; Spanish unless the hint is English. */
    public static String language(String hint) {
        return hint != null && hint.toLowerCase().startsWith(ENGLISH) ? ENGLISH : SPANISH;
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The text for this key, with placeholders filled from alternating name, value arguments. */
    public String get(String key, String lang, Object... nameValues) {
        Map<String, String> versions = byKey.get(key);
        if (versions == null) {
            throw new IllegalArgumentException("no text with key " + key);
        }
        String text = versions.getOrDefault(language(lang), versions.get(SPANISH));
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            text = text.replace("{" + nameValues[i] + "}", String.valueOf(nameValues[i + 1]));
        }
        return text;
    }

    public int size() {
        return byKey.size();
    }
}
