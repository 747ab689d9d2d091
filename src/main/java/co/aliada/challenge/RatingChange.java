package co.aliada.challenge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * Ratings typed at the restated challenge ("el impacto es bajo, no alto", "es muy urgente y muy difícil"): each part
 * of the text between commas or joining words that names a criterion and one level sets it; a part that denies its
 * level ("no alto") sets nothing, and a level with no criterion named before it in the text is only reported, unless
 * the text goes on about something else.
 *
 * @param levels the criterion's new level, by criterion, in the order told
 * @param unnamed whether a level was told with no criterion to apply it to
 */
record RatingChange(Map<String, String> levels, boolean unnamed) {

    private static final List<String> CRITERIA = List.of("urgency", "feasibility", "impact");
    /** A part with no level and no criterion says something else when it has this many words ("es en el barrio"). */
    private static final int OTHER_WORDS = 3;
    private static final Pattern PUNCTUATION = Pattern.compile("[,;.!?¡¿]+");

    static RatingChange read(String typed, Turn turn) {
        Set<String> denials = turn.phrases("challenge.define.rating.not-words");
        Map<String, String> levels = new LinkedHashMap<>();
        boolean unnamed = false;
        boolean saysMore = false;
        String criterion = null;
        for (String part : parts(typed, turn.phrases("challenge.define.rating.joins"))) {
            List<String> criteria = named(part, CRITERIA, c -> turn.phrases("challenge.define.criterion." + c + ".words"));
            Set<String> levelPhrases = new HashSet<>();
            List<String> told = new ArrayList<>();
            for (String level : Flow.LEVELS) {
                Set<String> said = ChoiceMatcher.mentioned(part, Flow.levelWords(turn, level));
                if (!said.isEmpty()) {
                    told.add(level);
                    levelPhrases.addAll(said);
                }
            }
            if (criteria.size() == 1) {
                criterion = criteria.get(0);
            }
            saysMore |= criteria.isEmpty() && told.isEmpty() && ChoiceMatcher.wordCount(part) >= OTHER_WORDS;
            if (told.size() != 1 || denies(part, levelPhrases, denials)) {
                continue;
            }
            if (criterion == null) {
                unnamed = true;
            } else {
                levels.put(criterion, told.get(0));
            }
        }
        // "más o menos, falta decir que es en el barrio" tells something besides its level: no rating asked about
        return new RatingChange(levels, unnamed && levels.isEmpty() && !saysMore);
    }

    /** The names whose phrases the part mentions. */
    private static List<String> named(String part, List<String> names, Function<String, Set<String>> phrases) {
        return names.stream().filter(name -> !ChoiceMatcher.mentioned(part, phrases.apply(name)).isEmpty()).toList();
    }

    /** "no alto" denies its level; "no es urgente", a level of its own, does not. */
    private static boolean denies(String part, Set<String> levelPhrases, Set<String> denials) {
        return !ChoiceMatcher.mentioned(part, denials).isEmpty()
                && levelPhrases.stream().noneMatch(level -> ChoiceMatcher.begins(level, denials));
    }

    private static List<String> parts(String typed, Set<String> joins) {
        List<String> parts = new ArrayList<>();
        for (String piece : PUNCTUATION.split(typed)) {
            StringBuilder part = new StringBuilder();
            for (String word : piece.strip().split("\\s+")) {
                if (ChoiceMatcher.saysOneOf(word, joins)) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else {
                    part.append(word).append(' ');
                }
            }
            parts.add(part.toString());
        }
        parts.removeIf(String::isBlank);
        return parts;
    }
}
