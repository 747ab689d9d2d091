package co.aliada.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The bot's own words, in Spanish and English, read from {@code intents/texts/*.yml}. Every key has
 * both languages (the loader refuses a file otherwise). Placeholders look like {@code {name}}.
 */
public final class Texts {

    /** The languages every text must have; Spanish is the default. */
    public static final String SPANISH = "es";
    public static final String ENGLISH = "en";

    private final Map<String, Map<String, String>> byKey;
    /** Values read from these texts once (lists split, words counted): the texts never change, a reload makes new ones. */
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    public Texts(Map<String, Map<String, String>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** A value read from these texts, computed on first use and then kept as long as they are the bot's texts. */
    @SuppressWarnings("unchecked")
    public <T> T read(String name, Function<Texts, T> reading) {
        Object value = read.get(name);
        if (value == null) {
            value = reading.apply(this);
            read.putIfAbsent(name, value);
        }
        return (T) value;
    }

    /**
     * A content list of whole answers ({@code "sí, claro, de una"}), both languages together: people answer in
     * either whatever the chat's language. Empty where content has no such text.
     */
    public Set<String> phrases(String key) {
        return read("phrases:" + key, texts -> {
            Set<String> phrases = new HashSet<>();
            if (texts.has(key)) {
                for (String lang : List.of(SPANISH, ENGLISH)) {
                    for (String phrase : texts.get(key, lang).split(",")) {
                        phrases.add(phrase.strip());
                    }
                }
            }
            return Set.copyOf(phrases);
        });
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
