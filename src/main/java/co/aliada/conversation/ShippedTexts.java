package co.aliada.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts the bot needs: the keys of {@code intents/texts} as this version of the application was built
 * with them (the build copies them into the jar), each with the file it was shipped in.
 * <p>
 * Why these keys: the code asks for texts by key from many places, and no list of them is kept by hand;
 * the texts shipped with a version are exactly those its code was written and tested against, so a key
 * they hold and the admin's folder lacks would fail the turns that use it. Comparing with the texts being
 * served instead ("a reload may not remove a key") would not guard the first load (a file removed while the
 * bot was stopped would be taken, and copied as the last good content), and would keep forever a key an
 * admin added and no longer wants. Keys an admin adds beyond these may come and go.
 */
final class ShippedTexts {

    static final String RESOURCES = "classpath*:co/aliada/conversation/shipped-texts/*.yml";
    private static final int SHOWN = 5;
    private static final ShippedTexts SHIPPED = read();

    /** Key to the file that held it, such as {@code texts/core.yml}. */
    private final Map<String, String> fileByKey;

    ShippedTexts(Map<String, String> fileByKey) {
        this.fileByKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fileByKey)); // keys in file order
    }

    static ShippedTexts required() {
        return SHIPPED;
    }

    /**
     * Notes, per file they were shipped in, the texts the bot needs that {@code found} lacks: a removed file
     * is said to be removed, a file that lost some texts names them (the first few, then how many more).
     */
    void missing(Set<String> found, Path textsDir, Problems problems) {
        Map<String, List<String>> byFile = new TreeMap<>();
        fileByKey.forEach((key, file) -> {
            if (!found.contains(key)) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(key);
            }
        });
        byFile.forEach((file, keys) -> {
            List<String> sorted = keys; // in the order of the file, as the admin sees it
            String named = String.join(", ", sorted.subList(0, Math.min(SHOWN, sorted.size())))
                    + (sorted.size() > SHOWN ? " and " + (sorted.size() - SHOWN) + " more" : "");
            boolean removed = !Files.exists(textsDir.resolve(file.substring(TextsLoader.FOLDER.length() + 1)));
            problems.add(file, 0, removed
                    ? "this file was removed, yet the bot uses its " + count(sorted.size()) + " (" + named
                            + "); put the file back"
                    : count(sorted.size()) + " the bot uses " + (sorted.size() == 1 ? "is" : "are") + " missing: " + named
                            + "; put " + (sorted.size() == 1 ? "it" : "them") + " back in this file or in another texts file");
        });
    }

    private static String count(int n) {
        return n == 1 ? "1 text" : n + " texts";
    }

    private static ShippedTexts read() {
        Map<String, String> fileByKey = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(ShippedTexts.class.getClassLoader()).getResources(RESOURCES);
            if (files.length == 0) {
                throw new IllegalStateException("the shipped texts (" + RESOURCES + ") are missing from the application");
            }
            for (Resource file : files) {
                String name = TextsLoader.FOLDER + "/" + file.getFilename();
                try (InputStream in = file.getInputStream()) {
                    YamlDocument doc = YamlDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
                    doc.root().propertyNames().stream()
                            .sorted(java.util.Comparator.comparingInt((String key) -> doc.lineOf("/" + key.replace("~", "~0").replace("/", "~1"))))
                            .forEach(key -> fileByKey.putIfAbsent(key, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ShippedTexts(fileByKey);
    }
}
