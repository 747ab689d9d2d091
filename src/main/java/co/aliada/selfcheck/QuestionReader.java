package co.aliada.selfcheck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.aliada.content.Bilingual;
import co.aliada.content.YamlReader;
import tools.jackson.databind.JsonNode;

/** Reads one question of {@code selfcheck.yml} and checks the set: 15 questions, 2–3 per area. */
final class QuestionReader {

    private QuestionReader() {
    }

    static Question read(YamlReader read, String at) {
        String id = read.string(at + "/id", "question id");
        String area = read.string(at + "/area", "question " + id + " area");
        Bilingual text = read.bilingual(at + "/text", "question " + id + " text");
        Bilingual hint = read.at(at + "/hint").isMissingNode() ? null
                : read.bilingual(at + "/hint", "question " + id + " hint");
        Bilingual explain = read.at(at + "/explain").isMissingNode() ? null
                : read.bilingual(at + "/explain", "question " + id + " explanation");
        JsonNode options = read.at(at + "/options");
        if (options.isArray() && options.size() != SelfCheckLoader.OPTIONS) {
            read.problem(at + "/options", "question " + id + " needs exactly " + SelfCheckLoader.OPTIONS
                    + " options (answers 0 to 4), found " + options.size());
        }
        List<Bilingual> opts = read.each(at + "/options", "question " + id + " options",
                (p, i) -> read.bilingual(p, "question " + id + " option " + i));
        if (id.isEmpty() || area.isEmpty() || text == null || opts.size() != SelfCheckLoader.OPTIONS
                || (hint == null && !read.at(at + "/hint").isMissingNode())
                || (explain == null && !read.at(at + "/explain").isMissingNode())) {
            return null;
        }
        return new Question(id, area, text, hint, explain, opts);
    }

    static void checkAll(YamlReader read, List<Question> questions, Set<String> reserved, String idPattern) {
        if (read.at("/questions").isArray() && read.at("/questions").size() != SelfCheckLoader.QUESTIONS) {
            read.problem("/questions", "the self-check needs " + SelfCheckLoader.QUESTIONS + " questions, found "
                    + read.at("/questions").size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "/questions/" + indexOf(read, q.id());
            if (!q.id().matches(idPattern) || reserved.contains(q.id())) {
                read.problem(at + "/id", "question id '" + q.id() + "' must be 1–10 letters or digits, starting with a letter, and not one of " + reserved);
            }
            if (!ids.add(q.id())) {
                read.problem(at + "/id", "question id '" + q.id() + "' appears twice");
            }
            if (!SelfCheck.AREA_IDS.contains(q.area())) {
                read.problem(at + "/area", "question " + q.id() + " has unknown area '" + q.area() + "'");
            }
        }
        // Counted on the file as written, so that one broken question does not also empty its area.
        JsonNode all = read.at("/questions");
        for (String area : SelfCheck.AREA_IDS) {
            long count = 0;
            for (int i = 0; i < all.size(); i++) {
                count += area.equals(all.get(i).path("area").asString("")) ? 1 : 0;
            }
            if (count < 2 || count > 3) {
                read.problem("/questions", "area " + area + " needs 2 or 3 questions, found " + count);
            }
        }
    }

    private static int indexOf(YamlReader read, String id) {
        JsonNode all = read.at("/questions");
        for (int i = 0; i < all.size(); i++) {
            if (id.equals(all.get(i).path("id").asString(""))) {
                return i;
            }
        }
        return 0;
    }
}
