package co.aliada.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, immutable set of intents with one phrase index per language. Both languages are
 * searched whatever the chat's language (people switch mid-sentence); the chat's own language
 * wins ties. Swapped whole on reload, so a classification never sees half a change.
 */
public final class IntentModel {

    /** Below this, nothing is understood, unless the intent's file sets its own threshold. */
    static final double THRESHOLD = 0.3;
    /** A command-like intent this sure, and this far ahead of the next one, may interrupt a step that waits for free text. */
    static final double STRONG = 0.38;
    static final double STRONG_MARGIN = 0.08;
    /** Longer texts are descriptions (a challenge, an answer), never commands. */
    static final int MAX_COMMAND_LENGTH = 160;
    /** Only the start of a very long text is classified, so its cost stays bounded. */
    static final int MAX_CLASSIFIED = 300;
    private static final double OTHER_LANGUAGE = 0.97;

    private final Map<String, IntentDefinition> intents;
    private final Map<String, PhraseIndex> indexes = new HashMap<>();

    IntentModel(List<IntentDefinition> definitions) {
        this.intents = new LinkedHashMap<>();
        definitions.forEach(d -> intents.put(d.id(), d));
        for (String lang : IntentFiles.LANGUAGES) {
            List<Map.Entry<String, String>> phrases = new ArrayList<>();
            definitions.forEach(d -> d.phrases().getOrDefault(lang, List.of()).forEach(p -> phrases.add(Map.entry(d.id(), p))));
            indexes.put(lang, new PhraseIndex(Features.forLanguage(lang), phrases));
        }
    }

    /** Every intent with a similarity to this text, best first, and the one that passes its threshold. */
    Classification classify(String text, String lang) {
        String clipped = text.length() > MAX_CLASSIFIED ? text.substring(0, MAX_CLASSIFIED) : text;
        Map<String, Double> scores = new HashMap<>();
        indexes.forEach((indexLang, index) -> index.score(clipped).forEach((intent, score) ->
                scores.merge(intent, indexLang.equals(lang) ? score : score * OTHER_LANGUAGE, Math::max)));
        List<Classification.Scored> ranked = scores.entrySet().stream()
                .map(e -> new Classification.Scored(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0))
                .sorted(Comparator.comparingDouble(Classification.Scored::score).reversed()
                        .thenComparing(Classification.Scored::intent))
                .toList();
        if (ranked.isEmpty()) {
            return Classification.NOTHING;
        }
        Classification.Scored best = ranked.get(0);
        IntentDefinition definition = intents.get(best.intent());
        if (best.score() < definition.threshold()) {
            return new Classification(null, best.score(), false, ranked);
        }
        double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0;
        boolean strong = definition.command() && best.score() >= STRONG && best.score() - runnerUp >= STRONG_MARGIN
                && text.strip().length() <= MAX_COMMAND_LENGTH;
        return new Classification(best.intent(), best.score(), strong, ranked);
    }

    public int size() {
        return intents.size();
    }

    public int phrases() {
        return indexes.values().stream().mapToInt(PhraseIndex::size).sum();
    }

    boolean has(String intent) {
        return intents.containsKey(intent);
    }
}
