package co.aliada.challenge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Restates a challenge as "¿Cómo podríamos…?" / "How might we…?" from the content's templates: a
 * wish that starts with a known prefix and a verb becomes that verb's phrase, cut at its first clause
 * so that it stays short; a statement becomes the driver's own verb phrase with the statement's first
 * clause as its circumstance ("…, ahora que …"). When the discover answer names who is affected, the
 * line says for whom.
 */
final class HowMightWe {

    private static final Pattern ENGLISH_I = Pattern.compile("I(\\b|['’])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Who is affected stays a few words; the rest of the discover answer is kept with the challenge. */
    private static final int WHO_MAX = 60;

    private HowMightWe() {
    }

    /** Without who is affected (no discover answer). */
    static String restate(ChallengeContent content, String driver, String text, String lang) {
        return restate(content, driver, text, null, lang);
    }

    /** {@code context} is the discover answer, or null when it was skipped. */
    static String restate(ChallengeContent content, String driver, String text, String context, String lang) {
        ChallengeContent.Phrasing phrasing = content.howMightWe().get(lang);
        String sentence = Trim.words(firstSentence(text), content.hmwMaxChars());
        String who = who(phrasing, context);
        String forWho = who.isEmpty() ? "" : " " + phrasing.who().replace("{who}", who);
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String prefix : phrasing.prefixes()) {
            if (lower.startsWith(prefix + " ")) {
                String rest = sentence.substring(prefix.length()).strip();
                if (phrasing.action().matcher(rest.toLowerCase(Locale.ROOT)).find()) {
                    return phrasing.template().replace("{action}", lowerFirst(clause(phrasing, rest, true), lang))
                            .replace("{who}", forWho);
                }
                break;
            }
        }
        String template = phrasing.otherwise().getOrDefault(driver, phrasing.otherwise().get("problem"));
        return template.replace("{challenge}", lowerFirst(clause(phrasing, sentence, false), lang)).replace("{who}", forWho);
    }

    /**
     * Whether the restatement left out some of what the person wrote (it keeps the first clause only): then the
     * question that asks to confirm it shows their own words too. Short words are not compared, since the
     * restatement changes some of them ("I" becomes "we").
     */
    static boolean leavesOut(String restated, String text) {
        Set<String> kept = new HashSet<>(Arrays.asList(restated.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(word -> word.length() > 3 && !kept.contains(word));
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

    /**
     * The text up to its first break, when something is left before it: a comma and the like, and with
     * {@code words} also a word such as "porque" (a statement keeps its "because", which says what happens).
     */
    private static String clause(ChallengeContent.Phrasing phrasing, String text, boolean words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = text.length();
        for (String mark : phrasing.breaks()) {
            boolean word = LETTER.matcher(mark).find();
            if (word && !words) {
                continue;
            }
            int at = word ? lower.indexOf(" " + mark + " ") : lower.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String kept = text.substring(0, cut).strip();
        return kept.isEmpty() ? text : kept.replaceAll("[\\p{Punct}\\s]+$", "");
    }

    /** Who is affected, from the discover answer's first clause, or "" when it does not name people. */
    private static String who(ChallengeContent.Phrasing phrasing, String context) {
        if (context == null || context.isBlank()) {
            return "";
        }
        String first = clause(phrasing, firstSentence(context), true);
        String lower = first.toLowerCase(Locale.ROOT);
        for (String lead : phrasing.whoLeads()) {
            if (lower.startsWith(lead + " ")) {
                first = first.substring(lead.length()).strip();
                lower = first.toLowerCase(Locale.ROOT);
                break;
            }
        }
        for (String start : phrasing.whoStarts()) {
            if (lower.equals(start) || lower.startsWith(start + " ")) {
                return lowerFirst(Trim.words(first, WHO_MAX), "");
            }
        }
        return "";
    }

    /** Lower-cases the first letter unless the first word is an acronym such as INVIMA, or English "I". */
    private static String lowerFirst(String s, String lang) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) || "en".equals(lang) && ENGLISH_I.matcher(s).lookingAt()) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
