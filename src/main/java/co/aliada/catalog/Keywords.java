package co.aliada.catalog;

import java.util.List;

/** Words and phrases people type about a service, per language. */
public record Keywords(List<String> es, List<String> en) {

    public Keywords {
        es = List.copyOf(es);
        en = List.copyOf(en);
    }

    /** The phrases in this language: English for {@code en}, Spanish otherwise (the bot's first language). */
    public List<String> in(String lang) {
        return "en".equals(lang) ? en : es;
    }

    public static Keywords none() {
        return new Keywords(List.of(), List.of());
    }
}
