package co.aliada.challenge;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Restates a challenge as "¿Cómo podríamos…?" / "How might we…?" from the content's templates: a
 * wish that starts with a known prefix and a verb becomes the verb's sentence; anything else is
 * wrapped whole in the driver's template.
 */
final class HowMightWe {

    private static final Pattern ENGLISH_I = Pattern.compile("I(\\b|['’])");

    private HowMightWe() {
    }

    static String restate(ChallengeContent content, String driver, String text, String lang) {
        ChallengeContent.Phrasing phrasing = content.howMightWe().get(lang);
        String sentence = Trim.words(firstSentence(text), content.hmwMaxChars());
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String prefix : phrasing.prefixes()) {
            if (lower.startsWith(prefix + " ")) {
                String rest = sentence.substring(prefix.length()).strip();
                if (phrasing.action().matcher(rest.toLowerCase(Locale.ROOT)).find()) {
                    return phrasing.template().replace("{action}", lowerFirst(rest, lang));
                }
                break;
            }
        }
        String template = phrasing.otherwise().getOrDefault(driver, phrasing.otherwise().get("problem"));
        return template.replace("{challenge}", lowerFirst(sentence, lang));
    }

    /** The first sentence, without opening or closing punctuation. */
    static String firstSentence(String text) {
        String first = text.strip();
        for (String piece : first.split("(?<=[.!?])\\s+|\\n+")) {
            if (!piece.replaceAll("[\\p{Punct}¿¡\\s]", "").isEmpty()) {
                first = piece;
                break;
            }
        }
        return first.strip().replaceAll("^[¿¡\\s]+", "").replaceAll("[.!?…\\s]+$", "");
    }

    /** Lower-cases the first letter unless the first word is an acronym such as INVIMA, or English "I". */
    private static String lowerFirst(String s, String lang) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) || "en".equals(lang) && ENGLISH_I.matcher(s).lookingAt()) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
