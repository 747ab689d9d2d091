package co.aliada.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The placeholders the code fills in each text ({@code texts.get(key, lang, "name", value…)}), declared
 * once beside this class in {@code text-placeholders.yml}: the code's half of the contract with the
 * texts admins edit. A text may use only its key's placeholders; any other reaches people verbatim.
 */
public final class TextPlaceholders {

    static final String RESOURCE = "text-placeholders.yml";
    private static final TextPlaceholders DECLARED = read();

    private final Map<String, Set<String>> byKey;

    TextPlaceholders(Map<String, Set<String>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The declaration shipped with the code. */
    public static TextPlaceholders declared() {
        return DECLARED;
    }

    /** The placeholders the code fills in this text; none for a key it does not fill. */
    public Set<String> of(String key) {
        return byKey.getOrDefault(key, Set.of());
    }

    /** Lines {@code key: [a, b]}; '#' starts a comment. Read by hand: it is the code's file, not an admin's. */
    private static TextPlaceholders read() {
        Map<String, Set<String>> byKey = new HashMap<>();
        try (InputStream in = TextPlaceholders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int colon = entry.indexOf(':');
                String names = entry.substring(colon + 1).strip();
                byKey.put(entry.substring(0, colon).strip(), new TreeSet<>(Arrays.stream(names.substring(1, names.length() - 1)
                        .split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TextPlaceholders(byKey);
    }
}
