package co.aliada.challenge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.conversation.ChoiceMatcher;

/**
 * Restates a challenge as "¿Cómo podríamos…?" / "How might we…?" from the content's templates: a
 * wish that starts with a known prefix and a verb becomes that verb's phrase, cut at its first clause
 * so that it stays short; a statement becomes the driver's own verb phrase with the clause that tells the
 * problem as its circumstance ("…, ahora que …"). Greetings and fillers are never carried ("hola buenas, lo que
 * pasa es que…" kept only "hola buenas"): the clause told after "pero" / "but" is the problem, and one that only
 * sets the scene ("yo tengo un taller de motos") gives way to the next, as does a self-introduction ("Mi nombre es
 * Luz Dary."). When the discover answer names a group of people affected, the line says for whom.
 */
final class HowMightWe {

    private static final Pattern ENGLISH_I = Pattern.compile("I(\\b|['’])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A mark between a name and what follows it ("Luz Dary, casi no vendo"). */
    private static final Pattern MARK = Pattern.compile("[,;:.!?…\\-–—]");
    /**
     * A group of people names one of them among its first words ("todos los pequeños productores"); named further on
     * ("la roya afecta a los caficultores", "los pedidos de los clientes") the words are about something else.
     */
    private static final int PEOPLE_WITHIN = 4;
    /** A name in small letters ("soy luz dary") is known only in a sentence of the lead and this many words at most. */
    private static final int NAME_WORDS = 3;
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
        String sentence = substance(phrasing, written(phrasing, text));
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

    /** The text with each word of spokenForms as written ("pa sacar…" is "para sacar…", "Pa" is "Para"). */
    private static String written(ChallengeContent.Phrasing phrasing, String text) {
        if (phrasing.spokenForms().isEmpty()) {
            return text;
        }
        return WORD.matcher(text).replaceAll(m -> {
            String form = phrasing.spokenForms().get(m.group().toLowerCase(Locale.ROOT));
            if (form == null) {
                return Matcher.quoteReplacement(m.group());
            }
            boolean capital = Character.isUpperCase(m.group().codePointAt(0));
            return Matcher.quoteReplacement(capital ? form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1) : form);
        });
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
            said = bare(withoutLeadIns(phrasing, withoutIntroduction(phrasing, said)));
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
            if (after.equals(rest) || !setOff(phrasing, rest, after)) {
                return rest;
            }
            rest = after;
        }
    }

    /**
     * Whether what was taken off {@code text} to leave {@code after} is a filler here: those of {@code leadInsSetOff}
     * ("no sé", "este") only when a mark follows them ("no sé, los clientes…"), since "no sé usar las redes" and "este
     * año" mean what they say.
     */
    private static boolean setOff(ChallengeContent.Phrasing phrasing, String text, String after) {
        if (!ChoiceMatcher.afterLead(text, phrasing.leadInsSetOff()).equals(after)) {
            return true; // a longer lead-in than those, or another one, was taken
        }
        return MARK.matcher(text.substring(0, text.length() - after.length())).find();
    }

    /**
     * The text past a self-introduction it begins with ("Mi nombre es Luz Dary y casi no vendo" is "casi no vendo"), ""
     * when it is only that ("Soy Luz Dary", "I'm Maria from Silvia"), else the text itself ("soy caficultora y no vendo"
     * tells something). The name is the words with a capital after one of nameLeads, with a place or group whoOf joins to
     * it ("de Piendamó"), up to a mark or a join; a name in small letters is known only when nothing else follows.
     */
    private static String withoutIntroduction(ChallengeContent.Phrasing phrasing, String text) {
        List<Word> words = wordsAt(text);
        int lead = phraseAt(words, 0, phrasing.nameLeads());
        if (lead == 0 || lead == words.size()) {
            return text;
        }
        if (!capitalised(text, words.get(lead))) {
            return words.size() - lead <= NAME_WORDS ? "" : withoutNameInSmallLetters(phrasing, text, words, lead);
        }
        int at = lead;
        while (at < words.size() && capitalised(text, words.get(at))) {
            at++;
        }
        for (int of = phraseAt(words, at, phrasing.whoOf()); of > 0 && at + of < words.size()
                && capitalised(text, words.get(at + of)); of = phraseAt(words, at, phrasing.whoOf())) {
            at += of;
            while (at < words.size() && capitalised(text, words.get(at))) {
                at++;
            }
        }
        if (at == words.size()) {
            return "";
        }
        if (MARK.matcher(text.substring(words.get(at - 1).to(), words.get(at).from())).find()) {
            return text.substring(words.get(at).from());
        }
        int join = phraseAt(words, at, phrasing.whoJoins());
        return join > 0 && at + join < words.size() ? text.substring(words.get(at + join).from()) : text;
    }

    /**
     * The text past a name in small letters that a mark or a join ends within {@value #NAME_WORDS} words ("me llamo luz
     * dary y casi no vendo" is "casi no vendo"), else the text itself. Nothing in the letters tells a name from what
     * someone is ("soy caficultora y no vendo", "i'm new and…"), and the words' endings would not either ("-era" ends
     * "panadera" and "Herrera" alike): a word of notNames (trades, roles, states, articles) or of whoPeople ("vendedora",
     * "socia") among them says what the person is, and the text is kept whole.
     */
    private static String withoutNameInSmallLetters(ChallengeContent.Phrasing phrasing, String text, List<Word> words, int lead) {
        for (int at = lead + 1; at <= lead + NAME_WORDS && at < words.size(); at++) {
            Word last = words.get(at - 1);
            if (!LETTER.matcher(text.substring(last.from(), last.to())).find() || phraseAt(words, at - 1, phrasing.notNames()) > 0
                    || phraseAt(words, at - 1, phrasing.whoPeople()) > 0) {
                return text;
            }
            if (MARK.matcher(text.substring(last.to(), words.get(at).from())).find()) {
                return text.substring(words.get(at).from());
            }
            int join = phraseAt(words, at, phrasing.whoJoins());
            if (join > 0 && at + join < words.size()) {
                return text.substring(words.get(at + join).from());
            }
        }
        return text;
    }

    private static boolean capitalised(String text, Word word) {
        return Character.isUpperCase(text.codePointAt(word.from()));
    }

    /** A word of a text, compared with case and accents aside, and where it stands in the text. */
    private record Word(String plain, int from, int to) {
    }

    private static List<Word> wordsAt(String text) {
        List<Word> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(new Word(plain(m.group()), m.start(), m.end()));
        }
        return found;
    }

    /** How many of the words from {@code at} the longest of these phrases that begins there takes; 0 if none does. */
    private static int phraseAt(List<Word> words, int at, Collection<String> phrases) {
        int longest = 0;
        for (String phrase : phrases) {
            List<String> wanted = wordsAt(phrase).stream().map(Word::plain).toList();
            if (wanted.size() > longest && !wanted.isEmpty() && at + wanted.size() <= words.size()
                    && words.subList(at, at + wanted.size()).stream().map(Word::plain).toList().equals(wanted)) {
                longest = wanted.size();
            }
        }
        return longest;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
     * The group of people named, with what joins a place or group to it ("los caficultores de la vereda tienen roya" is
     * "los caficultores de la vereda"), and after a join only more people ("los 5 empleados y ya probamos con excel" is
     * "los 5 empleados"; "los caficultores y sus familias" stays whole); "" when the words name nobody ("los pedidos") or
     * name people only past their first words ("la roya afecta a los caficultores"). Content without a list of such
     * words takes the words as they are.
     */
    private static String people(ChallengeContent.Phrasing phrasing, String who) {
        if (phrasing.whoPeople().isEmpty()) {
            return who;
        }
        List<Word> words = wordsAt(who);
        int end = -1;
        int at = 0;
        while (at < words.size()) {
            int next = -1;
            for (int i = at; next < 0 && i < Math.min(words.size(), at + PEOPLE_WITHIN) && phraseAt(words, i, phrasing.whoJoins()) == 0; i++) {
                int named = phraseAt(words, i, phrasing.whoPeople());
                next = named > 0 ? i + named : -1;
            }
            if (next < 0) {
                break;
            }
            // "de la vereda", "of the village": one word after each of whoOf, so that a verb after it ends the group
            for (int of = phraseAt(words, next, phrasing.whoOf()); of > 0 && next + of < words.size(); of = phraseAt(words, next, phrasing.whoOf())) {
                next += of + 1;
            }
            end = words.get(next - 1).to();
            int join = phraseAt(words, next, phrasing.whoJoins());
            if (join == 0) {
                break;
            }
            at = next + join;
        }
        return end < 0 ? "" : who.substring(0, end).strip();
    }

    /** Lower-cases the first letter unless the first word is an acronym such as INVIMA, or English "I". */
    private static String lowerFirst(String s, String lang) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) || "en".equals(lang) && ENGLISH_I.matcher(s).lookingAt()) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
