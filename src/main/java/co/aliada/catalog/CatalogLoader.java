package co.aliada.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import co.aliada.content.ContentException;
import co.aliada.content.ContentText;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;

/**
 * Reads a catalogue folder: {@code pillars.yml}, {@code services.yml} and/or {@code services/*.yml},
 * {@code institutions.yml}, the synonym rules {@code synonyms-es.txt}, {@code synonyms-en.txt} and the
 * words to ignore {@code stopwords-es.txt}, {@code stopwords-en.txt} (both optional), the words that tell
 * a cause {@code causes.yml}, those that tell who is asking {@code identity.yml}, those that mark a sentence as not a
 * challenge {@code not-challenges.yml} and those that tell a product already out whose progress is not known
 * {@code launched.yml}, those that tell sales staff who do not sell {@code sales-staff.yml}, those that tell a
 * person still to hire {@code hiring.yml}, and those that tell produce damaged on the way {@code handling.yml} (all
 * optional).
 * Fails with every problem found (file, line, what is wrong) and changes nothing.
 */
public final class CatalogLoader {

    public static final String PILLARS = "pillars.yml";
    public static final String SERVICES = "services";
    static final String INSTITUTIONS = "institutions.yml";
    static final String CAUSES = "causes.yml";
    static final String IDENTITY = "identity.yml";
    static final String NOT_CHALLENGES = "not-challenges.yml";
    static final String LAUNCHED = "launched.yml";
    static final String SALES_STAFF = "sales-staff.yml";
    static final String HIRING = "hiring.yml";
    static final String HANDLING = "handling.yml";

    private static final java.util.regex.Pattern UNREADABLE =
            java.util.regex.Pattern.compile("malformed YAML|cannot be read|file not found|this file is not saved as UTF-8");

    private CatalogLoader() {
    }

    /** Whether a folder looks like a catalogue. */
    public static boolean isCatalog(Path dir) {
        return Files.exists(dir.resolve(PILLARS)) || Files.exists(dir.resolve(SERVICES + ".yml"))
                || Files.isDirectory(dir.resolve(SERVICES));
    }

    public static Catalog load(Path dir) {
        Problems problems = new Problems();
        var pillars = read(dir, List.of(dir.resolve(PILLARS)), EntryReader::pillars, problems);
        var services = read(dir, serviceFiles(dir), EntryReader::services, problems);
        var institutions = Files.exists(dir.resolve(INSTITUTIONS))
                ? read(dir, List.of(dir.resolve(INSTITUTIONS)), EntryReader::institutions, problems)
                : List.<Sourced<Institution>>of();
        Causes causes = optional(dir.resolve(CAUSES), CAUSES, EntryReader::causes, Causes.NONE, problems);
        Identity identity = optional(dir.resolve(IDENTITY), IDENTITY, EntryReader::identity, Identity.NONE, problems);
        NotChallenges notChallenges = optional(dir.resolve(NOT_CHALLENGES), NOT_CHALLENGES, EntryReader::notChallenges,
                NotChallenges.NONE, problems);
        Set<String> serviceIds = CatalogValidator.unreadServicesFile(services, problems) == null
                ? services.stream().map(s -> s.value().id()).collect(Collectors.toSet())
                : Set.of(); // a services file not read leaves its ids unknown: the word lists are not blamed for them
        Launched launched = optional(dir.resolve(LAUNCHED), LAUNCHED, (doc, p) -> EntryReader.launched(doc, p, serviceIds),
                Launched.NONE, problems);
        SalesStaff salesStaff = optional(dir.resolve(SALES_STAFF), SALES_STAFF,
                (doc, p) -> EntryReader.salesStaff(doc, p, serviceIds), SalesStaff.NONE, problems);
        Hiring hiring = optional(dir.resolve(HIRING), HIRING, (doc, p) -> EntryReader.hiring(doc, p, serviceIds),
                Hiring.NONE, problems);
        Handling handling = optional(dir.resolve(HANDLING), HANDLING, (doc, p) -> EntryReader.handling(doc, p, serviceIds),
                Handling.NONE, problems);
        Map<String, String> synonyms = text(dir, "synonyms", problems);
        Map<String, String> stopwords = text(dir, "stopwords", problems);
        if (problems.list().stream().anyMatch(p -> UNREADABLE.matcher(p.message()).lookingAt())) {
            problems.throwIfAny(); // what references what is unknown while a file cannot be read
        }
        CatalogValidator.check(pillars, services, institutions, problems);
        problems.throwIfAny();
        return new Catalog(values(pillars), values(services), values(institutions), synonyms,
                words(stopwords), causes, identity, notChallenges, launched, salesStaff, hiring, handling);
    }

    /** An optional file of word lists: none, or one that cannot be read, gives {@code absent} (the problem noted). */
    private static <T> T optional(Path file, String name, BiFunction<YamlDocument, Problems, T> reader, T absent,
                                  Problems problems) {
        if (!Files.exists(file)) {
            return absent;
        }
        try {
            return reader.apply(YamlDocument.read(file, name), problems);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return absent;
        }
    }

    private static <T> List<Sourced<T>> read(Path dir, List<Path> files,
                                             BiFunction<YamlDocument, Problems, List<Sourced<T>>> reader,
                                             Problems problems) {
        List<Sourced<T>> all = new ArrayList<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            if (!Files.exists(file)) {
                problems.add(name, 0, "file not found");
                continue;
            }
            try {
                all.addAll(reader.apply(YamlDocument.read(file, name), problems));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        return all;
    }

    private static List<Path> serviceFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (Files.exists(dir.resolve(SERVICES + ".yml"))) {
            files.add(dir.resolve(SERVICES + ".yml"));
        }
        files.addAll(YamlDocument.filesIn(dir.resolve(SERVICES)));
        return files;
    }

    /** The optional per-language text files {@code <name>-es.txt} and {@code <name>-en.txt}; one unreadable is a problem. */
    private static Map<String, String> text(Path dir, String name, Problems problems) {
        Map<String, String> rules = new HashMap<>();
        for (String lang : List.of("es", "en")) {
            Path file = dir.resolve(name + "-" + lang + ".txt");
            try {
                rules.put(lang, Files.exists(file) ? ContentText.read(file, file.getFileName().toString()) : "");
            } catch (ContentException e) {
                problems.addAll(e.problems());
                rules.put(lang, "");
            }
        }
        return rules;
    }

    private static Map<String, List<String>> words(Map<String, String> files) {
        Map<String, List<String>> words = new HashMap<>();
        files.forEach((lang, text) -> words.put(lang, text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()));
        return words;
    }

    private static <T> List<T> values(List<Sourced<T>> items) {
        return items.stream().map(Sourced::value).toList();
    }
}
