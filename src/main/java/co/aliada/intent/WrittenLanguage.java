package co.aliada.intent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which language a text is plainly written in, told by the words that only one language's training phrases use
 * ("hello", "need", "my" against "hola", "necesito", "mi"). A chat's first message sets the chat's language with
 * it, so whoever writes "Hello, can you help me?" is welcomed in English whatever the phone or browser says. Built
 * from the intents' own phrases, so it grows with them; a text whose words do not tell gives no answer.
 */
final class WrittenLanguage {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The words of one language must outnumber the other's more than this many times over. */
    private static final int LEAD = 2;

    /** Each word that the phrases of one language only use, with that language. */
    private final Map<String, String> onlyIn;

    WrittenLanguage(List<IntentDefinition> definitions) {
        Map<String, Set<String>> languagesOf = new HashMap<>();
        for (IntentDefinition definition : definitions) {
            definition.phrases().forEach((lang, phrases) -> phrases.forEach(phrase -> words(phrase)
                    .forEach(word -> languagesOf.computeIfAbsent(word, w -> new HashSet<>(2)).add(lang))));
        }
        onlyIn = languagesOf.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));
    }

    /** The language the text is written in, or null when its words do not tell ("ok", "👍", a name). */
    String of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words(text)) {
            String lang = onlyIn.get(word);
            if (lang != null) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        String leader = null;
        int lead = 0;
        int others = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > lead) {
                others += lead;
                leader = count.getKey();
                lead = count.getValue();
            } else {
                others += count.getValue();
            }
        }
        return lead > LEAD * others ? leader : null;
    }

    /** The distinct words of a text, lower case and without accents. */
    private static Set<String> words(String text) {
        String clipped = text.length() > IntentModel.MAX_CLASSIFIED ? text.substring(0, IntentModel.MAX_CLASSIFIED) : text;
        String folded = MARKS.matcher(Normalizer.normalize(clipped, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_LETTERS.split(folded)).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
