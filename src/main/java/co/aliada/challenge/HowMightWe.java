package co.aliada.challenge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import co.aliada.conversation.ChoiceMatcher;

/**
 * Restates a challenge as "¿Cómo podríamos…?" / "How might we…?" from the content's templates: a
 * wish that starts with a known prefix and a verb becomes that verb's phrase, cut at its first clause
 * so that it stays short; a statement becomes the driver's own verb phrase with the clause that tells the
 * problem as its circumstance ("…, ahora que …"). Greetings and fillers are never carried ("hola buenas, lo que
 * pasa es que…" kept only "hola buenas"): the clause told after "pero" / "but" is the problem, and one that only
 * sets the scene ("yo tengo un taller de motos") gives way to the next. When the discover answer names who is
 * affected, the line says for whom.
 */
final class HowMightWe {

    private static final Pattern ENGLISH_I = Pattern.compile("I(\\b|['’])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Who is affected stays a few words; the rest of the discover answer is kept with the challenge. */
    private static final int WHO_MAX = 60;
    /** Fewer words after "pero", or after a clause that sets the scene, are no problem told on their own. */
    private static final int PART_MIN_WORDS = 3;

    private HowMightWe() {
    }

    /** Without who is affected (no discover answer). */
    static String restate(ChallengeContent content, String driver, String text, String lang) {
        return restate(content, driver, text, null, lang);
    }

    /** {@code context} is the discover answer, or null when it was skipped. */
    static String restate(ChallengeContent content, String driver, String text, String context, String lang) {
        ChallengeContent.Phrasing phrasing = content.howMightWe().get(lang);
        String who = who(phrasing, context);
        String forWho = who.isEmpty() ? "" : " " + phrasing.who().replace("{who}", who);
        String sentence = substance(phrasing, text);
        String action = action(phrasing, sentence);
        if (action == null) {
            String part = problem(phrasing, sentence);
            action = action(phrasing, part);
            if (action == null) {
                String template = phrasing.otherwise().getOrDefault(driver, phrasing.otherwise().get("problem"));
                String challenge = Trim.words(clause(phrasing, part, false), content.hmwMaxChars());
                return template.replace("{challenge}", lowerFirst(challenge, lang)).replace("{who}", forWho);
            }
        }
        return phrasing.template().replace("{action}", lowerFirst(Trim.words(action, content.hmwMaxChars()), lang))
                .replace("{who}", forWho);
    }

    /** A wish's verb phrase ("queremos exportar café, …" is "exportar café"), or null when the text is no wish. */
    private static String action(ChallengeContent.Phrasing phrasing, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : phrasing.prefixes()) {
            if (lower.startsWith(prefix + " ")) {
                String rest = text.substring(prefix.length()).strip();
                return phrasing.action().matcher(rest.toLowerCase(Locale.ROOT)).find() ? clause(phrasing, rest, true) : null;
            }
        }
        return null;
    }

    /**
     * The first sentence that says something besides greetings and fillers, without them ("Hola. Buenas, lo que pasa es
     * que se me vence la mercancía" is "se me vence la mercancía"); the first sentence when all are fillers.
     */
    private static String substance(ChallengeContent.Phrasing phrasing, String text) {
        for (String piece : text.strip().split("(?<=[.!?])\\s+|\\n+")) {
            String said = bare(withoutLeadIns(phrasing, bare(piece)));
            if (LETTER.matcher(said).find()) {
                return said;
            }
        }
        return firstSentence(text);
    }

    /**
     * The part of a statement that tells the problem: the words after "pero" / "but" when some come before it and
     * enough after it ("tenemos una empresa de software, pero no conseguimos clientes"); else its first clause, past
     * those that only set the scene while another follows ("yo tengo un taller de motos, los clientes se quejan").
     */
    private static String problem(ChallengeContent.Phrasing phrasing, String sentence) {
        String after = ChoiceMatcher.afterWithin(sentence, phrasing.problemAfter());
        if (!after.isEmpty()) {
            String told = withoutLeadIns(phrasing, clause(phrasing, after, false));
            if (ChoiceMatcher.wordCount(told) >= PART_MIN_WORDS) {
                return told;
            }
        }
        List<String> clauses = clauses(phrasing, sentence);
        int at = 0;
        while (at + 1 < clauses.size() && ChoiceMatcher.begins(clauses.get(at), phrasing.sceneStarts())
                && ChoiceMatcher.wordCount(clauses.get(at + 1)) >= PART_MIN_WORDS) {
            at++;
        }
        return clauses.isEmpty() ? sentence : clauses.get(at);
    }

    /** The sentence's clauses (split where a comma and the like break it), each without fillers; none left empty. */
    private static List<String> clauses(ChallengeContent.Phrasing phrasing, String sentence) {
        List<String> clauses = new ArrayList<>();
        String rest = sentence;
        while (!rest.isEmpty()) {
            String first = clause(phrasing, rest, false);
            int cut = rest.indexOf(first) + first.length();
            String said = withoutLeadIns(phrasing, first);
            if (LETTER.matcher(said).find()) {
                clauses.add(said);
            }
            rest = first.equals(rest) || cut >= rest.length() ? "" : rest.substring(cut).replaceAll("^[\\p{Punct}\\s]+", "");
        }
        return clauses;
    }

    /** The text without the greetings and fillers it begins with ("bueno mire le cuento, el trapiche…"); "" if only those. */
    private static String withoutLeadIns(ChallengeContent.Phrasing phrasing, String text) {
        String rest = text.strip();
        while (true) {
            if (ChoiceMatcher.saysOneOf(rest, phrasing.leadIns())) {
                return "";
            }
            String after = ChoiceMatcher.afterLead(rest, phrasing.leadIns());
            if (after.equals(rest)) {
                return rest;
            }
            rest = after;
        }
    }

    /**
     * Whether the restatement left out some of what the person wrote (it keeps one clause only): then the
     * question that asks to confirm it shows their own words too. Short words are not compared, since the
     * restatement changes some of them ("I" becomes "we"), nor greetings and fillers, which it never keeps.
     */
    static boolean leavesOut(ChallengeContent content, String lang, String restated, String text) {
        Set<String> kept = new HashSet<>(words(restated));
        content.howMightWe().get(lang).leadIns().forEach(leadIn -> kept.addAll(words(leadIn)));
        return words(text).stream().anyMatch(word -> word.length() > 3 && !kept.contains(word));
    }

    /** Words compared with case and accents aside ("Días" is "dias"). */
    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.asList(plain.split("[^\\p{L}\\p{N}]+"));
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
        return bare(first);
    }

    /** Without opening or closing punctuation ("¿…", "….", "…!"). */
    private static String bare(String text) {
        return text.strip().replaceAll("^[¿¡\\s]+", "").replaceAll("[.!?…\\s]+$", "");
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
        String first = clause(phrasing, withoutLeadIns(phrasing, firstSentence(context)), true);
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
                String people = people(phrasing, first);
                return people.isEmpty() ? "" : lowerFirst(Trim.words(people, WHO_MAX), "");
            }
        }
        return "";
    }

    /**
     * The people named, up to a join ("y", "and") after which no more are ("los 5 empleados y ya probamos con excel" is
     * "los 5 empleados"; "los caficultores y sus familias" stays whole); "" when the words name nobody ("los pedidos").
     * Content without a list of such words takes the words as they are.
     */
    private static String people(ChallengeContent.Phrasing phrasing, String who) {
        if (phrasing.whoPeople().isEmpty()) {
            return who;
        }
        String lower = who.toLowerCase(Locale.ROOT);
        List<Integer> joins = new ArrayList<>();
        for (String join : phrasing.whoJoins()) {
            for (int at = lower.indexOf(" " + join + " "); at > 0; at = lower.indexOf(" " + join + " ", at + 1)) {
                joins.add(at);
            }
        }
        Collections.sort(joins);
        joins.add(who.length());
        int from = 0;
        for (int at : joins) {
            if (ChoiceMatcher.mentioned(who.substring(from, at), phrasing.whoPeople()).isEmpty()) {
                return from == 0 ? "" : who.substring(0, from).strip();
            }
            from = at;
        }
        return who;
    }

    /** Lower-cases the first letter unless the first word is an acronym such as INVIMA, or English "I". */
    private static String lowerFirst(String s, String lang) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) || "en".equals(lang) && ENGLISH_I.matcher(s).lookingAt()) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
