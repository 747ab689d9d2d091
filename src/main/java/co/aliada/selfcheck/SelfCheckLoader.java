package co.aliada.selfcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.content.Bilingual;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import co.aliada.content.YamlReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates {@code selfcheck.yml} in the intents folder. Every problem is reported with its
 * file and line: the six areas and five levels of the model, 15 questions with 2–3 per area and exactly
 * five options, es and en everywhere, ascending thresholds, a baseline for every level.
 */
public final class SelfCheckLoader {

    public static final String FILE = "selfcheck.yml";
    static final int QUESTIONS = 15;
    static final int OPTIONS = 5;
    private static final String QUESTION_ID = "[A-Za-z][A-Za-z0-9]{0,9}";
    // state keys of the result, and the words of the back, explain and options buttons (sc:back:L1, sc:what:L1, sc:options:L1)
    private static final Set<String> RESERVED = Set.of("level", "area", "weak", "strong", "done",
            SelfCheckStep.BACK, SelfCheckStep.EXPLAIN, SelfCheckStep.OPTIONS);

    private SelfCheckLoader() {
    }

    /** Checks the folder as the running bot loads it; a one-line summary for {@code validate}. */
    public static String check(Path intentsDir) {
        SelfCheck loaded = load(intentsDir);
        return loaded.questions().size() + " questions in " + loaded.areas().size() + " areas";
    }

    static SelfCheck load(Path intentsDir) {
        Problems problems = new Problems();
        YamlReader read = new YamlReader(YamlDocument.read(intentsDir.resolve(FILE), FILE), problems);
        List<Level> levels = read.each("/levels", "levels", (at, i) -> level(read, at));
        checkIds(read, "/levels", "level", levels.stream().map(Level::id).toList(), SelfCheck.LEVEL_IDS, true);
        List<Area> areas = read.each("/areas", "areas", (at, i) -> area(read, at));
        checkIds(read, "/areas", "area", areas.stream().map(Area::id).toList(), SelfCheck.AREA_IDS, false);
        List<Question> questions = read.each("/questions", "questions", (at, i) -> QuestionReader.read(read, at));
        QuestionReader.checkAll(read, questions, RESERVED, QUESTION_ID);
        List<Double> thresholds = Scoring.thresholds(read);
        double below = Scoring.belowCommitment(read, thresholds);
        List<String> tieBreak = read.strings("/scoring/tieBreak", "scoring.tieBreak", 1, Integer.MAX_VALUE);
        checkIds(read, "/scoring/tieBreak", "tieBreak area", tieBreak, SelfCheck.AREA_IDS, false);
        Map<String, Integer> baseline = Scoring.baseline(read);
        problems.throwIfAny();
        return new SelfCheck(areas, questions, levels, thresholds, below, tieBreak, baseline);
    }

    private static Level level(YamlReader read, String at) {
        String id = read.string(at + "/id", "level id");
        Bilingual name = read.bilingual(at + "/name", "level " + id + " name");
        Bilingual meaning = read.bilingual(at + "/meaning", "level " + id + " meaning");
        return id.isEmpty() || name == null || meaning == null ? null : new Level(id, name, meaning);
    }

    private static Area area(YamlReader read, String at) {
        String id = read.string(at + "/id", "area id");
        Bilingual name = read.bilingual(at + "/name", "area " + id + " name");
        Bilingual shortName = read.bilingual(at + "/short", "area " + id + " short name");
        Bilingual next = read.bilingual(at + "/nextStep", "area " + id + " nextStep");
        return id.isEmpty() || name == null || shortName == null || next == null ? null
                : new Area(id, name, shortName, next);
    }

    /** The ids must be exactly the expected ones (in that order when {@code ordered}), each once. */
    private static void checkIds(YamlReader read, String at, String what, List<String> ids,
                                 List<String> expected, boolean ordered) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!expected.contains(ids.get(i))) {
                read.problem(at + "/" + i, "unknown " + what + " '" + ids.get(i) + "' (expected one of " + expected + ")");
            } else if (!seen.add(ids.get(i))) {
                read.problem(at + "/" + i, what + " '" + ids.get(i) + "' appears twice");
            }
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(ids);
        if (!missing.isEmpty()) {
            read.problem(at, "missing " + what + (missing.size() > 1 ? "s " : " ") + missing);
        } else if (ordered && !ids.equals(expected)) {
            read.problem(at, what + "s must be listed lowest first: " + expected);
        }
    }

    /** Reads the number map under {@code baseline}; shared with {@link Scoring}. */
    static Map<String, Integer> counts(YamlReader read, String at, JsonNode node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String level : SelfCheck.LEVEL_IDS) {
            JsonNode n = node.get(level);
            if (n == null || !n.isIntegralNumber() || n.asInt() < 0) {
                read.problem(at, "baseline needs a whole number of companies (0 or more) for level " + level);
            } else {
                counts.put(level, n.asInt());
            }
        }
        node.propertyNames().stream().filter(k -> !SelfCheck.LEVEL_IDS.contains(k))
                .forEach(k -> read.problem(at + "/" + k, "baseline has unknown level '" + k + "'"));
        return counts;
    }
}
