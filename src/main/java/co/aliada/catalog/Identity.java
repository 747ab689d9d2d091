package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' words that tell who is asking ({@code identity.yml}), per language: those that open a part saying who
 * the person is or what the business is ("tengo una", "we are a"), those that join two parts ("y", "but") and those
 * of a wish or a trouble ("quiero", "no", "want"), where such a part ends.
 */
public record Identity(Map<String, List<String>> opens, Map<String, List<String>> links, Map<String, List<String>> asks) {

    public static final Identity NONE = new Identity(Map.of(), Map.of(), Map.of());

    public Identity {
        opens = Map.copyOf(opens);
        links = Map.copyOf(links);
        asks = Map.copyOf(asks);
    }

    public List<String> opens(String lang) {
        return opens.getOrDefault(lang, List.of());
    }

    public List<String> links(String lang) {
        return links.getOrDefault(lang, List.of());
    }

    public List<String> asks(String lang) {
        return asks.getOrDefault(lang, List.of());
    }
}
