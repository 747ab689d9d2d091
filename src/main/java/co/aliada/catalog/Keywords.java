package co.aliada.catalog;

import java.util.List;

/** Words and phrases people type about a service, per language. */
public record Keywords(List<String> es, List<String> en) {

    public Keywords {
        es = List.copyOf(es);
        en = List.copyOf(en);
    }

    public static Keywords none() {
        return new Keywords(List.of(), List.of());
    }
}
