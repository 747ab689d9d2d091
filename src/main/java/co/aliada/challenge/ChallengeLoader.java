package co.aliada.challenge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import co.aliada.content.ContentProblem;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import co.aliada.content.YamlReader;
import co.aliada.conversation.Texts;
import co.aliada.onboarding.Onboarding;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates {@code challenge.yml} under the intents folder; every problem is reported with
 * its file and line, and nothing is served unless the whole file is valid.
 */
public final class ChallengeLoader {

    public static final String FILE = "challenge.yml";
    static final List<String> LANGS = List.of(Texts.SPANISH, Texts.ENGLISH);

    private ChallengeLoader() {
    }

    public static ChallengeContent load(Path intentsDir) {
        Path file = intentsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new co.aliada.content.ContentException(ContentProblem.inFile(FILE, "file not found"));
        }
        YamlReader r = new YamlReader(YamlDocument.read(file, FILE), new Problems());
        JsonNode root = r.doc().root();
        ChallengeContent.Limits limits = new ChallengeContent.Limits(
                limit(r, "minWords", 1, 50), limit(r, "minChars", 1, 500), limit(r, "maxChars", 50, 3000),
                limit(r, "maxContextChars", 20, 1000), r.decimal("/limits/weakScore", "/limits/weakScore"));
        List<ChallengeContent.Driver> drivers = drivers(r, root);
        Map<String, ChallengeContent.Phrasing> phrasing = new HashMap<>();
        for (String lang : LANGS) {
            phrasing.put(lang, phrasing(r, "/howMightWe/" + lang));
        }
        int hmwMax = r.integer("/howMightWe/maxChars", "/howMightWe/maxChars", 40, 1000);
        r.problems().throwIfAny();
        return new ChallengeContent(limits, drivers, phrasing, hmwMax);
    }

    /** Messages name a limit by its path in the file, as admins see it in the YAML. */
    private static int limit(YamlReader r, String name, int min, int max) {
        String at = "/limits/" + name;
        return r.integer(at, at, min, max);
    }

    private static List<ChallengeContent.Driver> drivers(YamlReader r, JsonNode root) {
        JsonNode list = root.at("/drivers");
        List<ChallengeContent.Driver> drivers = new ArrayList<>();
        if (!list.isArray()) {
            r.problem("/drivers", "expected a list of the drivers " + ChallengeContent.DRIVERS);
            return drivers;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/drivers/" + i;
            String id = list.get(i).path("id").asString("");
            if (!ChallengeContent.DRIVERS.contains(id)) {
                r.problem(at + "/id", "unknown driver '" + id + "' (use one of " + ChallengeContent.DRIVERS + ")");
            } else if (drivers.stream().anyMatch(d -> d.id().equals(id))) {
                r.problem(at + "/id", "driver '" + id + "' is defined twice");
            }
            Map<String, Map<String, List<String>>> prompts = new LinkedHashMap<>();
            for (String sector : Onboarding.SECTORS) {
                Map<String, List<String>> byLang = new HashMap<>();
                for (String lang : LANGS) {
                    String where = at + "/prompts/" + sector + "/" + lang;
                    byLang.put(lang, r.strings(where, where, 2, 3));
                }
                prompts.put(sector, byLang);
            }
            Set<String> toldBy = new HashSet<>();
            for (String lang : LANGS) {
                toldBy.addAll(phrases(r, at + "/toldBy/" + lang));
            }
            drivers.add(new ChallengeContent.Driver(id, r.bilingual(at + "/name", at + "/name"),
                    r.bilingual(at + "/explain", at + "/explain"), prompts, toldBy));
        }
        ChallengeContent.DRIVERS.stream().filter(id -> drivers.stream().noneMatch(d -> d.id().equals(id)))
                .forEach(id -> r.problem("/drivers", "driver '" + id + "' is missing"));
        drivers.sort(Comparator.comparingInt(d -> ChallengeContent.DRIVERS.indexOf(d.id())));
        return drivers;
    }

    private static ChallengeContent.Phrasing phrasing(YamlReader r, String at) {
        String template = r.string(at + "/template", at + "/template");
        if (!template.isEmpty() && !template.contains("{action}")) {
            r.problem(at + "/template", "the template needs the placeholder {action}");
        }
        Pattern action = null;
        try {
            action = Pattern.compile(r.string(at + "/action", at + "/action"));
        } catch (PatternSyntaxException e) {
            r.problem(at + "/action", "not a valid regular expression: " + e.getDescription());
        }
        List<String> prefixes = r.strings(at + "/prefixes", at + "/prefixes", 1, 100).stream()
                .map(String::toLowerCase).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, String> otherwise = new HashMap<>();
        for (String driver : ChallengeContent.DRIVERS) {
            String text = r.string(at + "/otherwise/" + driver, at + "/otherwise/" + driver);
            if (!text.isEmpty() && !text.contains("{challenge}")) {
                r.problem(at + "/otherwise/" + driver, "the template needs the placeholder {challenge}");
            }
            otherwise.put(driver, text);
        }
        List<String> breaks = r.strings(at + "/breaks", at + "/breaks", 1, 50).stream()
                .map(b -> b.toLowerCase(Locale.ROOT)).toList();
        String who = r.string(at + "/who", at + "/who");
        if (!who.isEmpty() && !who.contains("{who}")) {
            r.problem(at + "/who", "the text needs the placeholder {who}");
        }
        List<String> leads = r.strings(at + "/whoLeads", at + "/whoLeads", 1, 100).stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> starts = r.strings(at + "/whoStarts", at + "/whoStarts", 1, 100).stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        List<String> joins = r.strings(at + "/whoJoins", at + "/whoJoins", 0, 20).stream()
                .map(j -> j.toLowerCase(Locale.ROOT)).toList();
        return new ChallengeContent.Phrasing(template, action, prefixes, otherwise, breaks, who, leads, starts,
                phrases(r, at + "/whoPeople"), joins, phrases(r, at + "/leadIns"), phrases(r, at + "/problemAfter"),
                phrases(r, at + "/sceneStarts"), phrases(r, at + "/whoOf"), phrases(r, at + "/nameLeads"),
                phrases(r, at + "/leadInsSetOff"), phrases(r, at + "/notNames"), spokenForms(r, at + "/spokenForms"));
    }

    /** Words as said and as written, each "said = written" ("pa = para"), the said word in small letters. */
    private static Map<String, String> spokenForms(YamlReader r, String at) {
        Map<String, String> forms = new HashMap<>();
        for (String pair : r.strings(at, at, 0, 100)) {
            String[] sides = pair.split("=", 2);
            if (sides.length < 2 || sides[0].isBlank() || sides[1].isBlank()) {
                r.problem(at, "each entry reads \"said = written\": " + pair);
            } else {
                forms.put(sides[0].strip().toLowerCase(Locale.ROOT), sides[1].strip());
            }
        }
        return forms;
    }

    /** An optional list of phrases, compared by their words (accents and case aside), so kept as written. */
    private static Set<String> phrases(YamlReader r, String at) {
        return new HashSet<>(r.strings(at, at, 0, 500));
    }
}
