package co.aliada.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One key style for the {@code /mis_datos} document: camelCase everywhere, whatever a source used
 * (database columns in snake_case or upper case, feature keys with dots such as
 * {@code profile.municipality}). Values are left as they are.
 */
final class ExportKeys {

    private ExportKeys() {
    }

    /** A copy of the value with every map key in camelCase, through nested maps and lists. */
    static Object camel(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.putIfAbsent(camel(String.valueOf(key)), camel(inner)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ExportKeys::camel).toList();
        }
        return value;
    }

    /** {@code how_might_we}, {@code HOW_MIGHT_WE} and {@code how.might-we} all become {@code howMightWe}. */
    static String camel(String key) {
        List<String> parts = List.of(key.strip().split("[^\\p{L}\\p{N}]+")).stream().filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            return key;
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            // a word in one case (a database column) is lowered; a camelCase word keeps its humps
            String word = part.equals(part.toUpperCase(Locale.ROOT)) ? part.toLowerCase(Locale.ROOT) : part;
            out.append(out.isEmpty() ? Character.toLowerCase(word.charAt(0)) + word.substring(1)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
