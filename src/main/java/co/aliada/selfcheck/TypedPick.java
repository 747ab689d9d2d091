package co.aliada.selfcheck;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import co.aliada.content.Bilingual;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * Typed answers that pick one of the question's options by what they say of it, read before any request their words
 * may sound like: its number after a word of choosing ("me quedo con la 3", "answer 2"), the count an option says ("dos"
 * where an option reads "Dos o más"), a bare "nope" where an option says no, or the question's own words for an option
 * ("las tengo en la cabeza"). Options count from 0; -1 where the text picks none this way.
 */
final class TypedPick {

    /** Words that choose an option by its number ("me quedo con", "marco", "respuesta", "i pick"). */
    static final String PICK_WORDS = "selfcheck.pick.words";
    /** Words between them and the number ("la", "opción", "number"). */
    private static final String BEFORE_NUMBER = "selfcheck.pick.before-number";
    /** Words after the number ("la segunda opción", "the second one"). */
    private static final String AFTER_NUMBER = "selfcheck.pick.after-number";
    /** Whole answers that say "an answer" without which ("mis respuestas", "meh"): tap or type its number. */
    static final String TAP_OR_TYPE_WORDS = "selfcheck.tap-or-type-words";
    /** How a question of how many begins ("¿Cuántas…", "How many…"). */
    private static final String HOW_MANY = "selfcheck.typed.how-many-words";
    /** What follows a number in an option that covers every count from it up ("Dos o más", "Two or more"). */
    private static final String OR_MORE = "selfcheck.typed.or-more-words";
    /** A bare no, as people type it ("nop", "nope", "nah"). */
    private static final String NO_WORDS = "selfcheck.typed.no-words";
    /** How a no of never begins, beside a bare no ("nunca", "we never", "nobody"). */
    private static final String NEVER_LEADS = "selfcheck.typed.never-leads";
    /** Words beside the question's own in such a no that add nothing to it ("nunca", "nos", "them", "anything"). */
    private static final String NEVER_WORDS = "selfcheck.typed.never-words";
    /** A question's own words for one option, beside the ladder's ({@code selfcheck.option.P1.1.mentions}). */
    private static final String OPTION_MENTIONS = "selfcheck.option.%s.%d.mentions";
    /** Words after a no that name what the question asks ("no training"); more tell something else. */
    private static final int NO_OF_IT_WORDS = 3;
    /** A few words, a stop, and what follows them: "no, …", "no pues. …". */
    private static final Pattern LED = Pattern.compile("\\s*([^,.;:!?¡¿]+)[,.;:!]+\\s*(\\S.*)", Pattern.DOTALL);
    /** An answer in the question's own words is short; a longer text tells more than the option. */
    private static final int MENTION_MAX_WORDS = 8;

    private TypedPick() {
    }

    /**
     * The number a text of choosing names ("me quedo con la 3", "sería la segunda", "answer 2"), 1 and up, as typed; 0
     * where it names none, which includes the number alone (the buttons' words read that already).
     */
    static int numbered(String typed, Turn turn) {
        String said = said(typed, turn);
        Set<String> picks = turn.phrases(PICK_WORDS);
        if (ChoiceMatcher.leadingWords(said, picks) == 0) {
            return 0;
        }
        String number = ChoiceMatcher.withoutTail(ChoiceMatcher.withoutLead(ChoiceMatcher.afterLead(said, picks),
                turn.phrases(BEFORE_NUMBER)), turn.phrases(AFTER_NUMBER));
        // the number alone: "es la primera vez que…" names no option
        return ChoiceMatcher.wordCount(number) != 1 ? 0
                : ChoiceMatcher.Numbers.of(turn.texts()).namedIn(number, Set.of(), Integer.MAX_VALUE);
    }

    /** Whether the text is a word of choosing alone ("respuesta", "elijo") or says an answer without which ("meh"). */
    static boolean namesNoOption(String typed, Turn turn) {
        String said = said(typed, turn);
        return ChoiceMatcher.oneOf(said, turn.phrases(PICK_WORDS)).isPresent()
                || ChoiceMatcher.oneOf(said, turn.phrases(TAP_OR_TYPE_WORDS)).isPresent();
    }

    /**
     * The option a number said in words names by its own words, at a question of how many: "dos" at "¿Cuántas
     * novedades lanzó…?" is two launches, which "Dos o más" says, not the button in second place ("Una, pequeña"). A
     * count is answered with a number, so there the option's words win over its place. Only an option that begins with
     * the number says that count (in either language: "One, small." for "Una, pequeña."); one that names it further on
     * ("a uno o dos conocidos") counts something else, and a question that asks no count reads "dos" as the button's
     * number. A larger number than any option begins with ("cuatro") is the option that covers it ("Dos o más"), not the
     * button in its place. Digits ("2") stay the button's number everywhere: they are what the numbered buttons show.
     */
    static int counted(String typed, Question question, Turn turn) {
        Set<String> howMany = turn.phrases(HOW_MANY);
        if (!ChoiceMatcher.begins(question.text().es(), howMany) && !ChoiceMatcher.begins(question.text().en(), howMany)) {
            return -1;
        }
        String said = said(typed, turn);
        List<Set<String>> cardinals = ChoiceMatcher.Numbers.of(turn.texts()).cardinals();
        for (int value = 1; value < cardinals.size(); value++) {
            Set<String> number = cardinals.get(value);
            if (ChoiceMatcher.oneOf(said, number).isPresent()) {
                int saying = theOne(question, i -> saying(question.options().get(i), number));
                return saying >= 0 ? saying : covering(value, question, cardinals, turn.phrases(OR_MORE));
            }
        }
        return -1;
    }

    /** The one option that begins with a number below this one and says "or more" after it ("Dos o más" covers 4), or -1. */
    private static int covering(int value, Question question, List<Set<String>> cardinals, Set<String> orMore) {
        return theOne(question, i -> IntStream.range(1, value).anyMatch(below -> wordings(question.options().get(i))
                .map(wording -> ChoiceMatcher.afterLead(wording, cardinals.get(below)))
                .anyMatch(rest -> ChoiceMatcher.oneOf(rest, orMore).isPresent() || ChoiceMatcher.begins(rest, orMore))));
    }

    private static Stream<String> wordings(Bilingual option) {
        return Stream.of(option.es(), option.en());
    }

    /**
     * The option that says no ("No.", "No, nada."), for a bare "nope" or "nah": they had been read as a refusal
     * ("Entendido, sin problema 👍") and nothing kept. None where no option, or more than one, says no in its first word.
     */
    static int saidNo(String typed, Question question, Turn turn) {
        return bareNo(typed, turn) ? theOne(question, i -> saying(question.options().get(i), turn.phrases(NO_WORDS))) : -1;
    }

    /**
     * The option that says no, for a no followed by a few of the question's own words ("no training" at "Do you and your
     * team train…?"), or a never with them ("no reconocemos nunca", "we never recognise them"): it had been read as a
     * refusal ("Got it, no problem 👍") and nothing kept. -1 where the words after the no are not all the question's, or
     * more than a few ("no necesito asesor" refuses something else).
     */
    static int saidNoOfIt(String typed, Question question, Turn turn) {
        String said = said(typed, turn);
        Set<String> no = turn.phrases(NO_WORDS);
        // "no reconocemos nunca", "we never recognise them", "nobody suggests anything": the never and the words around
        // the question's own are left out (they had been "Entendido, sin problema 👍" with nothing kept)
        Set<String> leads = new HashSet<>(no);
        leads.addAll(turn.phrases(NEVER_LEADS));
        if (ChoiceMatcher.leadingWords(said, leads) == 0) {
            return -1;
        }
        Set<String> never = turn.phrases(NEVER_WORDS);
        String rest = Stream.of(ChoiceMatcher.afterLead(said, leads).split("\\s+"))
                .filter(word -> ChoiceMatcher.oneOf(word, never).isEmpty()).collect(Collectors.joining(" "));
        boolean ofIt = ChoiceMatcher.wordCount(rest) <= NO_OF_IT_WORDS && wordings(question.text())
                .anyMatch(wording -> ChoiceMatcher.onlyWordsOfTheWording(rest, wording));
        return ofIt ? theOne(question, i -> saying(question.options().get(i), no)) : -1;
    }

    /** Whether the text is a bare no ("nope", "nel", "not really"), whichever option, if any, says no. */
    static boolean bareNo(String typed, Turn turn) {
        return ChoiceMatcher.oneOf(said(typed, turn), turn.phrases(NO_WORDS)).isPresent();
    }

    /**
     * The one option whose own words a short answer names ("las tengo en la cabeza no más": "Las tengo en la cabeza.").
     * Every option's words are looked for at once, so that where one option's words hold another's the longer is what
     * was said: "no los tenemos escritos" is goals kept in the head, though it holds "los tenemos escritos".
     */
    static int inItsWords(String typed, Question question, Turn turn) {
        String said = said(afterALeadingNo(typed, turn), turn);
        Map<String, Set<Integer>> options = new HashMap<>();
        for (int i = 0; i < question.options().size(); i++) {
            for (String phrase : turn.phrases(OPTION_MENTIONS.formatted(question.id(), i))) {
                options.computeIfAbsent(phrase, p -> new HashSet<>()).add(i);
            }
        }
        if (ChoiceMatcher.saidBriefly(said, options.keySet(), MENTION_MAX_WORDS).isEmpty()) {
            return -1;
        }
        Set<Integer> named = ChoiceMatcher.mentioned(said, options.keySet()).stream()
                .flatMap(phrase -> options.get(phrase).stream()).collect(Collectors.toSet());
        return named.size() == 1 ? named.iterator().next() : -1;
    }

    /**
     * The words after a bare no and a stop ("no, nos capacitamos cada año", "no pues, we train every year"), where the no
     * leads what follows, as people often begin, and does not turn it around: "no, nos capacitamos" had been "No." for the
     * option that says "no nos capacitamos". Without the stop the no belongs to the words ("no nos capacitamos").
     */
    private static String afterALeadingNo(String typed, Turn turn) {
        Matcher parts = LED.matcher(typed);
        return parts.matches() && ChoiceMatcher.oneOf(said(parts.group(1), turn), turn.phrases(NO_WORDS)).isPresent()
                ? parts.group(2) : typed;
    }

    /** Whether an option's wording, in either language, is or begins with one of these words ("Dos o más", "No."). */
    private static boolean saying(Bilingual option, Set<String> words) {
        return wordings(option)
                .anyMatch(wording -> ChoiceMatcher.begins(wording, words) || ChoiceMatcher.oneOf(wording, words).isPresent());
    }

    private static int theOne(Question question, IntPredicate fits) {
        int[] fitting = IntStream.range(0, question.options().size()).filter(fits).toArray();
        return fitting.length == 1 ? fitting[0] : -1;
    }

    /** The typed text without the words around an answer ("pues …", "… creo"), as the buttons read it. */
    private static String said(String typed, Turn turn) {
        return ChoiceMatcher.withoutTail(ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words")),
                turn.phrases("common.choice.tail-words"));
    }
}
