package co.aliada.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads a typed answer as one of the buttons on offer, so that nobody has to tap: the number shown
 * ("2"), the emoji number ("2️⃣"), the option's words or a clear part of them ("agro", "agroindustira"),
 * with accents, case and small typos ignored, and yes/no words where the choice is a yes/no one (which,
 * as it may give consent or erase data, takes nothing vaguer than those words or an option's own label). Where the
 * options are ranges of a count ("1 a 10", "11 a 50"), a number typed is a count ("somos 3", also told in a sentence:
 * "somos 3 con mi esposa") and picks its range.
 * Content may give an option whole answers of its own ("muy urgente" for "Alta").
 * One matcher serves every choice (profile, self-check, ratings, feedback, menus); it knows no step.
 */
public final class ChoiceMatcher {

    /** A text shorter than this ("cali") is compared as it is: one letter off is another word. */
    private static final int MISSPELT_MIN_LETTERS = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What separates a lead from what follows it ("hola buenas, lo que…", "se llama: Café Origen"). */
    private static final Pattern LEAD_GAP = Pattern.compile("^[\\s,;:.!…\\-–—]+");
    private static final Pattern NUMBER = Pattern.compile("(?:n(?:o|ro|um(?:ero)?)?\\.?\\s*|#|opcion\\s+|option\\s+)?(\\d{1,2})[.)]?");
    /** Words that say nothing of which option: grammar, and the words for an option itself ("la opción de clientes", "the trend one"). */
    private static final Set<String> FILLER = Set.of("de", "del", "la", "el", "los", "las", "y", "o", "a", "en",
            "un", "una", "con", "por", "para", "que", "mi", "me", "lo", "the", "an", "of", "and", "or", "to", "in",
            "my", "with", "for", "it", "is", "es", "opcion", "esa", "ese", "esta", "este", "option", "one", "that", "this");
    private static final int MAX_WORDS = 6;
    /** The letters two forms of one word share at least ("anotamos", "anotan"); shorter words must be the same. */
    private static final int STEM = 5;
    /** Words that join two whole answers of one option ("importante y urgente"). */
    private static final Set<String> JOINERS = Set.of("y", "e", "and");
    /** Two or three short whole answers said together; a longer text says something else besides. */
    private static final int COMPOSED_MAX_WORDS = 6;
    private static final Pattern IN_WORD_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})");
    /** A term asked about ("un aliado fijo") is a few words; more are a sentence. */
    private static final int TERM_WORDS = 4;
    /** A count told in a sentence ("somos 3 con mi esposa, en El Tambo") is read up to this many words; beyond, it is prose. */
    private static final int MAX_TOLD_WORDS = 16;
    private static final Set<String> BESIDE_A_POSITION = Set.of("el", "la", "lo", "the", "number", "numero", "opcion",
            "option", "de", "of");

    /**
     * Lists come from content, which is read once per version ({@link Texts#phrases}): what they are compared as is
     * worked out once per list too, not on every typed message. Kept while the list is in use.
     */
    private static final Map<Set<String>, Compared> COMPARED = Collections.synchronizedMap(new WeakHashMap<>());

    private final Set<String> yesWords;
    private final Set<String> noWords;
    private final Set<String> countWords;
    private final Set<String> peopleWords;
    private final Map<String, Set<String>> optionWords;
    private final Numbers numbers;
    private final Map<String, Set<String>> optionMentions;

    /** @param yesWords words that say yes (normalized by this class), @param noWords words that say no */
    public ChoiceMatcher(Set<String> yesWords, Set<String> noWords) {
        this(yesWords, noWords, Set.of(), Map.of());
    }

    /**
     * @param countWords  words that may stand beside a count ("somos 3 personas"); other words make it no count
     * @param optionWords by a button's data, whole answers that choose it though they are not its label ("muy
     *                    urgente" for "Alta"): an answer the step asks for, never read as a request
     */
    public ChoiceMatcher(Set<String> yesWords, Set<String> noWords, Set<String> countWords, Map<String, Set<String>> optionWords) {
        this(yesWords, noWords, countWords, optionWords, Numbers.NONE, Map.of());
    }

    /**
     * @param numbers        numbers and ordinals in words ("tres", "la tercera"), read as the digit or position they name
     * @param optionMentions by a button's data, words that pick it when an answer mentions them among others ("tengo
     *                       una tienda de barrio" picks Comercio); an answer that mentions two options' words offers both
     */
    public ChoiceMatcher(Set<String> yesWords, Set<String> noWords, Set<String> countWords, Map<String, Set<String>> optionWords,
            Numbers numbers, Map<String, Set<String>> optionMentions) {
        this(yesWords, noWords, countWords, optionWords, numbers, optionMentions, Set.of());
    }

    /**
     * @param peopleWords words that say a number beside them counts people ("somos", "personas", "we", "people"): a
     *                    count told in a sentence ("somos 3 con mi esposa") where other words make the whole no count
     */
    public ChoiceMatcher(Set<String> yesWords, Set<String> noWords, Set<String> countWords, Map<String, Set<String>> optionWords,
            Numbers numbers, Map<String, Set<String>> optionMentions, Set<String> peopleWords) {
        this.peopleWords = answers(peopleWords);
        this.numbers = numbers;
        this.optionMentions = optionMentions;
        this.yesWords = answers(yesWords);
        this.noWords = answers(noWords);
        this.countWords = answers(countWords);
        this.optionWords = new HashMap<>();
        optionWords.forEach((data, answers) -> this.optionWords.put(data, answers(answers)));
    }

    /** Whole answers as they are compared: their words only, so "sí, así es" and "Si asi es!" are one answer. */
    private static Set<String> answers(Set<String> answers) {
        return compared(answers).listedByAnswer().keySet();
    }

    /** A list's phrases as compared (by their words) and each phrase's words, read once per list. */
    private record Compared(Map<String, String> listedByAnswer, List<Map.Entry<String, List<String>>> words) {
    }

    private static Compared compared(Set<String> phrases) {
        Compared known = COMPARED.get(phrases);
        if (known == null) {
            Map<String, String> byAnswer = new HashMap<>();
            List<Map.Entry<String, List<String>>> words = new ArrayList<>();
            for (String phrase : phrases) {
                List<String> its = words(normalized(phrase));
                if (!its.isEmpty()) {
                    byAnswer.putIfAbsent(String.join(" ", its), phrase);
                    words.add(Map.entry(phrase, its));
                }
            }
            known = new Compared(Map.copyOf(byAnswer), List.copyOf(words));
            COMPARED.put(phrases, known);
        }
        return known;
    }

    /** Whether the typed text is one of these whole answers, compared by its words alone (see {@link #answers}). */
    /** Whether every word of the typed text is one of these words, accents and case ignored ("quiero hablar con un asesor"). */
    public static boolean onlyWordsOf(String typed, Set<String> listed) {
        Set<String> known = new HashSet<>();
        listed.forEach(word -> known.addAll(words(normalized(word))));
        List<String> said = words(normalized(typed));
        return !said.isEmpty() && known.containsAll(said);
    }

    public static boolean saysOneOf(String typed, Set<String> wholeAnswers) {
        return oneOf(typed, wholeAnswers).isPresent();
    }

    /**
     * The phrase a short answer, at most {@code maxWords} words, is or names among its words ("la verdad no sé",
     * "no idea honestly"), as listed; none for a longer text, which says something else besides.
     */
    public static Optional<String> saidBriefly(String typed, Set<String> phrases, int maxWords) {
        // "don't", "I'm" are one word each, as a person counts them
        String said = answer(IN_WORD_APOSTROPHE.matcher(typed).replaceAll(""));
        if (said.isEmpty() || said.split(" ").length > maxWords) {
            return Optional.empty();
        }
        Optional<String> whole = oneOf(typed, phrases);
        return whole.isPresent() ? whole : mentioned(typed, phrases).stream().findFirst();
    }

    /** The whole answer, as listed, that the typed text is (compared by its words alone), if any. */
    public static Optional<String> oneOf(String typed, Set<String> wholeAnswers) {
        String said = answer(typed);
        return said.isEmpty() ? Optional.empty() : Optional.ofNullable(compared(wholeAnswers).listedByAnswer().get(said));
    }

    /**
     * The listed phrases the typed text names among other words ("estamos en popayan, cauca" names "Popayán"), as
     * listed: each compared as whole words, accents and case ignored; where found phrases overlap, the longest wins
     * ("Santander de Quilichao" over a listed "Quilichao").
     */
    public static Set<String> mentioned(String typed, Set<String> phrases) {
        return mentioned(words(normalized(typed)), phrases);
    }

    private static Set<String> mentioned(List<String> words, Set<String> phrases) {
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> listed : compared(phrases).words()) {
            String phrase = listed.getKey();
            List<String> wanted = listed.getValue();
            for (int at = 0; !wanted.isEmpty() && at + wanted.size() <= words.size(); at++) {
                if (words.subList(at, at + wanted.size()).equals(wanted)) {
                    found.add(new Mention(phrase, at, at + wanted.size()));
                }
            }
        }
        found.sort(Comparator.comparingInt((Mention m) -> m.from - m.to).thenComparing(Mention::phrase));
        boolean[] taken = new boolean[words.size()];
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : found) {
            boolean free = true;
            for (int i = m.from; i < m.to; i++) {
                free &= !taken[i];
            }
            if (free) {
                Arrays.fill(taken, m.from, m.to, true);
                named.add(m.phrase);
            }
        }
        return named;
    }

    /**
     * The one listed phrase the typed text is a slip of the keyboard away from ("popallan" for Popayán): one letter
     * added, left out, changed or swapped (two in a phrase of seven letters or more), accents and case ignored; none
     * when no phrase is that close, or more than one is.
     */
    public static Optional<String> misspelt(String typed, Set<String> phrases) {
        String said = answer(typed);
        if (said.length() < MISSPELT_MIN_LETTERS) {
            return Optional.empty();
        }
        List<String> close = compared(phrases).listedByAnswer().entrySet().stream()
                .filter(e -> distance(said, e.getKey()) <= (e.getKey().length() >= 7 ? 2 : 1))
                .map(Map.Entry::getValue).distinct().toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private record Mention(String phrase, int from, int to) {}

    /**
     * The typed text without a leading filler ("pues bastante" is "bastante", "well, 3" is "3"), as normalized
     * words; the text itself when it is nothing but the filler ("bueno" alone is a yes).
     */
    public static String withoutLead(String typed, Set<String> leads) {
        List<String> words = words(normalized(typed));
        int lead = leadLength(words, leads);
        return lead == 0 ? typed : String.join(" ", words.subList(lead, words.size()));
    }

    /**
     * The typed text without its leading words when they are one of these phrases and more follows ("sí, tengo otro,
     * quiero exportar" without "sí tengo otro"), as typed otherwise; cut where the phrase's last word ends in the typed
     * text (counting spaces instead cut "it's called Andes Coffee" after "Andes", as "it's" is two words).
     */
    public static String afterLead(String typed, Set<String> leads) {
        int lead = leadLength(words(normalized(typed)), leads);
        String rest = lead == 0 ? "" : after(typed, lead);
        return rest.isEmpty() ? typed.strip() : rest;
    }

    /**
     * The typed text after the first of these phrases that comes after some words and before more ("tenemos buen café,
     * pero los intermediarios pagan poco" after "pero" is "los intermediarios pagan poco"), as typed; "" when none does.
     */
    public static String afterWithin(String typed, Set<String> phrases) {
        List<String> words = words(normalized(typed));
        for (int at = 1; at < words.size(); at++) {
            int longest = 0;
            for (Map.Entry<String, List<String>> listed : compared(phrases).words()) {
                List<String> wanted = listed.getValue();
                if (!wanted.isEmpty() && at + wanted.size() < words.size() && wanted.size() > longest
                        && words.subList(at, at + wanted.size()).equals(wanted)) {
                    longest = wanted.size();
                }
            }
            if (longest > 0) {
                return after(typed, at + longest);
            }
        }
        return "";
    }

    /**
     * The words of the typed text before its first mark (",", ".", ";") or the first of these phrases after some words
     * ("me sirvió pero no necesito asesor" before "pero" is "me sirvio"), normalized; "" when nothing parts the text.
     */
    public static String beforeAny(String typed, Set<String> breaks) {
        String[] parts = typed.strip().replaceFirst("^[,;.!?¡¿\\s]+", "").split("[,;.!?¡¿]+", 2);
        List<String> words = words(normalized(parts[0]));
        boolean marked = parts.length > 1 && !words(normalized(parts[1])).isEmpty();
        for (int at = 1; at < words.size(); at++) {
            for (Map.Entry<String, List<String>> listed : compared(breaks).words()) {
                List<String> wanted = listed.getValue();
                if (!wanted.isEmpty() && at + wanted.size() <= words.size() && words.subList(at, at + wanted.size()).equals(wanted)) {
                    return String.join(" ", words.subList(0, at));
                }
            }
        }
        return marked ? String.join(" ", words) : "";
    }

    /** The typed text after its first {@code count} words (as {@link #words} counts them) and the marks after them. */
    private static String after(String typed, int count) {
        int seen = 0;
        boolean inWord = false;
        int end = typed.length();
        for (int i = 0; i < typed.length() && seen < count; ) {
            int cp = typed.codePointAt(i);
            int next = i + Character.charCount(cp);
            // read one character as normalized() reads the whole text: accents and joiners are no characters of their own
            String base = MARKS.matcher(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD))
                    .replaceAll("").replace("\u200d", "");
            if (!base.isEmpty()) {
                int b = base.codePointAt(0);
                int type = Character.getType(b);
                if (Character.isLetterOrDigit(b)) {
                    inWord = true;
                } else {
                    if (inWord && ++seen == count) {
                        end = i;
                        break;
                    }
                    inWord = false;
                    if ((type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL) && ++seen == count) {
                        end = next;
                        break;
                    }
                }
            }
            i = next;
        }
        return LEAD_GAP.matcher(typed.substring(end)).replaceFirst("").strip();
    }

    /** How many words of the typed text the longest of these phrases that begins it takes, when more follow; 0 if none. */
    public static int leadingWords(String typed, Set<String> leads) {
        return leadLength(words(normalized(typed)), leads);
    }

    /**
     * How many words that say something (not "el", "de", "a") the typed text shares with this wording in runs of two
     * words or more, in the same order (one word between them may be said otherwise: "solo cuando sobra platica" quotes 2 of
     * "Solo si sobra algo."): "pues casi no, el día a día no deja" quotes 4 of "No, el día a día no deja.",
     * "un espacio fijo cada mes" 4 of "Sí, un espacio fijo (ej. cada mes)." but 2 of "Espacio fijo y seguimiento…". 0
     * when a word of {@code notWords} stands outside those runs ("no tenemos un espacio fijo" turns it around), unless
     * the wording says no itself; a run the wording's own no leads counts only where the text says no too.
     */
    public static int quotes(String typed, String wording, Set<String> notWords) {
        List<String> said = words(normalized(IN_WORD_APOSTROPHE.matcher(typed).replaceAll("")));
        List<String> shown = words(normalized(IN_WORD_APOSTROPHE.matcher(wording).replaceAll("")));
        Set<String> turning = notWords.stream().map(word -> normalized(IN_WORD_APOSTROPHE.matcher(word).replaceAll("")))
                .collect(Collectors.toSet());
        // "we talk about it" quotes words that "…and never talk about it" turns around: a text that says no "never" of
        // its own tells the opposite (a no opening the wording, "No, el día a día…", stands apart)
        int negated = said.stream().anyMatch(turning::contains) ? shown.size()
                : IntStream.range(1, shown.size()).filter(j -> turning.contains(shown.get(j))).findFirst().orElse(shown.size());
        boolean[] quoted = new boolean[said.size()];
        for (int i = 0; i < said.size(); i++) {
            for (int j = 0; j < shown.size() && j <= negated; j++) {
                List<Integer> run = run(said, i, shown, j);
                for (int k = 0; run.size() >= 2 && k < run.size(); k++) {
                    quoted[run.get(k)] = true;
                }
            }
        }
        // a wording that says no itself ("…and never talk about it") agrees with a "don't" beside the quote
        boolean turnable = shown.stream().noneMatch(turning::contains);
        int saying = 0;
        for (int i = 0; i < said.size(); i++) {
            if (turnable && !quoted[i] && turning.contains(said.get(i))) {
                return 0;
            }
            saying += quoted[i] && !FILLER.contains(said.get(i)) ? 1 : 0;
        }
        return saying;
    }

    /**
     * Where the typed words from {@code i} say the wording's from {@code j} in the same order, one word said otherwise
     * between two that match ("solo cuando sobra" says "Solo si sobra algo"): people retell an option, not copy it. The
     * word said otherwise is no part of the quote, so a "no" there still turns it around.
     */
    private static List<Integer> run(List<String> said, int i, List<String> shown, int j) {
        List<Integer> matched = new ArrayList<>();
        boolean otherwise = false;
        while (i < said.size() && j < shown.size()) {
            if (sameWord(said.get(i), shown.get(j))) {
                matched.add(i);
            } else if (otherwise || matched.isEmpty() || i + 1 == said.size() || j + 1 == shown.size()
                    || !sameWord(said.get(i + 1), shown.get(j + 1))) {
                break;
            } else {
                otherwise = true;
            }
            i++;
            j++;
        }
        return matched;
    }

    /**
     * Whether every word of the typed text that says something is a word of the wording, or another form of one ("no
     * training" names only "Do you and your team train…?"'s words). False for a text with no such word.
     */
    public static boolean onlyWordsOfTheWording(String typed, String wording) {
        List<String> said = words(normalized(typed)).stream().filter(word -> !FILLER.contains(word)).toList();
        List<String> shown = words(normalized(wording));
        return !said.isEmpty() && said.stream().allMatch(word -> shown.stream().anyMatch(other -> sameWord(word, other)));
    }

    /**
     * Whether a word retold is the wording's: the same, or another form of it that shares its first {@value #STEM}
     * letters ("anotamos" tells "anotan", "revisamos" "revisan"): people say of "we" what an option says of "they".
     */
    private static boolean sameWord(String said, String shown) {
        return said.equals(shown) || said.length() >= STEM && shown.length() >= STEM && isWord(said) && isWord(shown)
                && said.regionMatches(0, shown, 0, STEM);
    }

    /** Whether one of these phrases begins the typed text with more words after it ("mi nombre es Rosa"). */
    public static boolean begins(String typed, Set<String> leads) {
        return leadLength(words(normalized(typed)), leads) > 0;
    }

    /**
     * Whether the typed text asks something: a question mark anywhere ("¿", "?"), or one of these question words
     * beginning it with more words after them ("q es la ley 1581", "why do you need my data").
     */
    public static boolean asks(String typed, Set<String> questionWords) {
        return typed.indexOf('?') >= 0 || typed.indexOf('¿') >= 0 || leadLength(words(normalized(typed)), questionWords) > 0;
    }

    /**
     * The term a short question asks the meaning of ("¿qué es un aliado?" asks of "un aliado", "what does trend mean" of
     * "trend mean"), as normalized words: what follows one of these leads, at most {@value #TERM_WORDS} words ("¿qué es lo
     * que pasa con mis clientes?" asks of no word); none for any other text.
     */
    public static Optional<String> askedWhatIs(String typed, Set<String> leads) {
        List<String> words = words(normalized(typed));
        int lead = leadLength(words, leads);
        return lead == 0 || words.size() - lead > TERM_WORDS ? Optional.empty()
                : Optional.of(String.join(" ", words.subList(lead, words.size())));
    }

    /**
     * Whether a word of the term is one of the text's words, or the start of one, or that word with a letter more or
     * less ("aliado" in "Aliados fijos", "tendencias" in "📈 Una tendencia"). Words of three letters or fewer and
     * fillers ("un", "the") say nothing of a term and are left out.
     */
    public static boolean namesAWordOf(String term, String text) {
        List<String> said = words(normalized(term)).stream().filter(w -> w.length() > 3 && isWord(w) && !FILLER.contains(w)).toList();
        List<String> wording = words(normalized(text));
        return said.stream().anyMatch(word -> wording.stream().anyMatch(candidate -> fitWord(word, candidate) == 2
                || word.length() >= 6 && fitWord(word, candidate) == 1));
    }

    /**
     * The typed text without a trailing hedge ("medium i guess" is "medium", "alta creo" is "alta"), as normalized
     * words; the text itself when there is none, or nothing before it.
     */
    public static String withoutTail(String typed, Set<String> tails) {
        List<String> words = words(normalized(typed));
        int longest = 0;
        for (Map.Entry<String, List<String>> tail : compared(tails).words()) {
            List<String> trailing = tail.getValue();
            if (!trailing.isEmpty() && trailing.size() < words.size() && trailing.size() > longest
                    && words.subList(words.size() - trailing.size(), words.size()).equals(trailing)) {
                longest = trailing.size();
            }
        }
        return longest == 0 ? typed : String.join(" ", words.subList(0, words.size() - longest));
    }

    /** Whether the text ends with one of these phrases after other words ("can we go to my problem" ends with "my problem"). */
    public static boolean endsWithOneOf(String typed, Set<String> tails) {
        return !withoutTail(typed, tails).equals(typed);
    }

    /** How many of the words the longest listed phrase that begins them takes, when more words follow it; 0 if none. */
    private static int leadLength(List<String> words, Set<String> leads) {
        int longest = 0;
        for (Map.Entry<String, List<String>> lead : compared(leads).words()) {
            List<String> leading = lead.getValue();
            if (!leading.isEmpty() && leading.size() < words.size() && leading.size() > longest
                    && words.subList(0, leading.size()).equals(leading)) {
                longest = leading.size();
            }
        }
        return longest;
    }

    /** How many words the text has, counted as the lists are compared (a run of letters or digits, or one emoji). */
    public static int wordCount(String text) {
        return words(normalized(text)).size();
    }

    private static String answer(String text) {
        return String.join(" ", words(normalized(text)));
    }

    /**
     * Numbers in words, by the value they name: {@code cardinals.get(2)} holds "tres" and "three", {@code
     * ordinals.get(2)} "tercera" and "third" (index 0 is unused).
     */
    public record Numbers(List<Set<String>> cardinals, List<Set<String>> ordinals) {

        static final Numbers NONE = new Numbers(List.of(), List.of());

        /** The content's numbers and ordinals in words, both languages, read once per texts version. */
        public static Numbers of(Texts texts) {
            return texts.read("choice.numbers", t -> of(bothLanguages(t, "common.choice.cardinals"),
                    bothLanguages(t, "common.choice.ordinals")));
        }

        /** A text's Spanish and English versions, or none where content has no such text. */
        private static List<String> bothLanguages(Texts texts, String key) {
            return texts.has(key) ? List.of(texts.get(key, Texts.SPANISH), texts.get(key, Texts.ENGLISH)) : List.of();
        }

        /**
         * From content lists, one per language, of words in the order of the values they name, comma-separated, a
         * value's forms separated by '/' ("uno, dos, tres", "primero/primera, segundo/segunda").
         */
        public static Numbers of(List<String> cardinals, List<String> ordinals) {
            return new Numbers(byValue(cardinals), byValue(ordinals));
        }

        private static List<Set<String>> byValue(List<String> lists) {
            List<Set<String>> byValue = new ArrayList<>();
            byValue.add(Set.of());
            for (String list : lists) {
                String[] values = list.split(",");
                for (int i = 0; i < values.length; i++) {
                    while (byValue.size() <= i + 1) {
                        byValue.add(new HashSet<>());
                    }
                    for (String form : values[i].split("/")) {
                        String word = answer(form);
                        if (!word.isEmpty()) {
                            byValue.get(i + 1).add(word);
                        }
                    }
                }
            }
            return byValue;
        }

        /** The words with numbers in words as digits ("somos cinco" is "somos 5"). */
        List<String> inDigits(List<String> words) {
            return words.stream().map(w -> {
                int value = valueOf(cardinals, w);
                return value == 0 ? w : String.valueOf(value);
            }).toList();
        }

        /**
         * The one number from 1 to {@code highest} a short text names among other words: an ordinal ("info on the
         * first one"), or digits right after one of {@code markers} ("¿qué es el número 1?", "what's number 2"); 0
         * where it names none or several, or is long (a count in a story, "tengo 2 tiendas y no vendo", follows no
         * marker).
         */
        public int namedIn(String typed, Set<String> markers, int highest) {
            List<String> words = inDigits(words(normalized(typed)));
            if (words.size() > MAX_WORDS + 2) {
                return 0;
            }
            Set<String> marks = answers(markers);
            Set<Integer> named = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                int ordinal = valueOf(ordinals, word);
                if (ordinal >= 1) {
                    named.add(ordinal);
                } else if (isNumber(word) && (i == 0 && words.size() == 1 || i > 0 && marks.contains(words.get(i - 1)))) {
                    named.add(Integer.parseInt(word));
                }
            }
            return named.size() == 1 && named.iterator().next() <= highest ? named.iterator().next() : 0;
        }

        /**
         * Every number from 1 to {@code highest} a text names, by digits, in words or as an ordinal, anywhere, in the
         * order named and once each: "la diferencia entre el 1 y el 2", "compare the first and the third".
         */
        public List<Integer> allIn(String typed, int highest) {
            List<Integer> named = new ArrayList<>();
            for (String word : inDigits(words(normalized(typed)))) {
                int ordinal = valueOf(ordinals, word);
                int value = ordinal >= 1 ? ordinal : isNumber(word) && word.length() < 4 ? Integer.parseInt(word) : 0;
                if (value >= 1 && value <= highest && !named.contains(value)) {
                    named.add(value);
                }
            }
            return named;
        }

        private static int valueOf(List<Set<String>> byValue, String word) {
            for (int value = 1; value < byValue.size(); value++) {
                if (byValue.get(value).contains(word)) {
                    return value;
                }
            }
            return 0;
        }
    }

    /** What a typed text picked: one button (exactly or by a clear part), several, or none. */
    public record Match(List<Outbound.Button> candidates, boolean exact) {

        static final Match NONE = new Match(List.of(), false);

        public boolean chosen() {
            return candidates.size() == 1;
        }

        public boolean ambiguous() {
            return candidates.size() > 1;
        }

        public Outbound.Button button() {
            return candidates.get(0);
        }
    }

    /**
     * @param typed   what the person wrote
     * @param options the buttons on offer, in the order shown (numbers count from 1)
     * @param yes     the button that means yes in a yes/no choice, or null
     * @param no      the button that means no, or null
     */
    public Match match(String typed, List<Outbound.Button> options, Outbound.Button yes, Outbound.Button no) {
        String text = normalized(typed);
        if (text.isEmpty() || options.isEmpty()) {
            return Match.NONE;
        }
        List<String> words = words(text);
        String answer = String.join(" ", words);
        if (yes != null && no != null && (yesWords.contains(answer) || noWords.contains(answer))) {
            // a bare yes or no answers the yes/no question, the last one asked, ahead of the options of a question
            // still open under it: "no" to "¿Seguro que quiere empezar de nuevo?" had answered "1️⃣ No, el día a día no deja."
            return new Match(List.of(yesWords.contains(answer) ? yes : no), true);
        }
        if (yes != null && no != null && words.size() <= COMPOSED_MAX_WORDS) {
            // a yes said twice over ("sí, perfecto", "ok listo") is still a yes; a no so, a no
            boolean yesTwice = madeOf(words, 0, yesWords, false);
            if (yesTwice != madeOf(words, 0, noWords, false)) {
                return new Match(List.of(yesTwice ? yes : no), true);
            }
        }
        // where two options take the same whole answer, the one shown last: its question is the one asked last ("sí" to
        // "¿Quiere hablar con uno?" below ➕ Otro reto, whose "sí" answers "¿Tiene otro reto?", had started a challenge)
        for (int i = options.size() - 1; i >= 0; i--) {
            if (optionWords.getOrDefault(options.get(i).data(), Set.of()).contains(answer)) {
                return new Match(List.of(options.get(i)), true);
            }
        }
        Match composed = composed(words, options);
        if (composed.chosen()) {
            return composed; // "bastante urgente", "alta, alta": two whole answers of one option, no other
        }
        if (yes != null && no != null) {
            // a yes/no question (consent, erasing data) takes only a clear yes or no (above), or an option's own words,
            // whole or mentioned ("mejor lo escribo de nuevo, quedó raro")
            Match same = exactLabel(typed, options);
            return same.chosen() ? same : mentioned(words, options);
        }
        int ordinal = ordinal(words);
        if (ordinal >= 1) {
            // "la tercera", "the third one": the option numbered so, else the one in that place, never a command's
            // button by its place ("la segunda" after /ayuda's answer took 🔄 Empezar de nuevo)
            Outbound.Button numbered = labelledWith(ordinal, options);
            if (numbered != null) {
                return new Match(List.of(numbered), true);
            }
            if (answersByPlace(ordinal, options)) {
                return new Match(List.of(options.get(ordinal - 1)), true);
            }
        }
        var number = NUMBER.matcher(text);
        List<long[]> ranges = ranges(options);
        // "3" under "1 a 10 / 11 a 50 / 51 a 200" is three people, not the third button; "opción 3" is the button
        if (ranges != null && !(number.matches() && !Character.isDigit(text.charAt(0)))) {
            Match counted = counted(numbers.inDigits(words), options, ranges);
            if (counted != null) {
                return counted;
            }
        }
        int n = number.matches() ? Integer.parseInt(number.group(1)) : cardinal(words);
        Outbound.Button labelled = n >= 1 ? labelledWith(n, options) : null;
        if (labelled != null) {
            return new Match(List.of(labelled), true); // "3" under "ℹ️ Más sobre 3. …", wherever that button is
        }
        // A bare number counts places only among answers, never to a command's button ("más info del 3" took ➕ Otro
        // reto), and not between two options that carry no number ("2" under 👍 / 👎 says nothing of either)
        if (answersByPlace(n, options) && (options.size() > 2 || options.stream().anyMatch(o -> o.label().matches(".*\\d.*")))) {
            return new Match(List.of(options.get(n - 1)), true); // "2", "opción 2", "el 2", "tres", "number four"
        }
        Match same = exactLabel(typed, options);
        if (same.chosen()) {
            return same;
        }
        Match mentioned = mentioned(words, options);
        return mentioned.candidates().isEmpty() ? partial(words, options) : mentioned;
    }

    /**
     * The one option whose own whole answers, two or more, make up the whole text, joined by nothing or "y"/"and"
     * ("bastante urgente" is "bastante" and "urgente", both Alta's): said twice over, it is still that option's answer.
     * None when two options could be so made up, or the text is longer than such an answer runs.
     */
    private Match composed(List<String> words, List<Outbound.Button> options) {
        if (words.size() < 2 || words.size() > COMPOSED_MAX_WORDS) {
            return Match.NONE;
        }
        List<Outbound.Button> made = options.stream()
                .filter(option -> madeOf(words, 0, optionWords.getOrDefault(option.data(), Set.of()), false)).toList();
        return made.size() == 1 ? new Match(made, true) : Match.NONE;
    }

    /** Whether the words from {@code from} on are whole answers one after another, at least two in all. */
    private static boolean madeOf(List<String> words, int from, Set<String> answers, boolean oneBefore) {
        if (from == words.size()) {
            return oneBefore;
        }
        if (oneBefore && JOINERS.contains(words.get(from)) && from + 1 < words.size()) {
            return madeOf(words, from + 1, answers, true);
        }
        for (int to = words.size(); to > from; to--) {
            boolean whole = from == 0 && to == words.size(); // the text as one answer is the exact match, not this
            if (!whole && answers.contains(String.join(" ", words.subList(from, to))) && madeOf(words, to, answers, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the option in this place answers to its place: never a command's button, and, where options carry
     * numbers (two or more: 1️⃣ … 5️⃣), not one that carries none ("6" under five numbered answers is not "❓ ¿Qué significa?").
     */
    private static boolean answersByPlace(int place, List<Outbound.Button> options) {
        if (place < 1 || place > options.size() || options.get(place - 1).runsCommand()) {
            return false;
        }
        return numbered(options.get(place - 1)) || !carryNumbers(options);
    }

    /** Whether the options are numbered (two or more carry a number: 1️⃣ … 5️⃣, "Más sobre 1. …"). */
    private static boolean carryNumbers(List<Outbound.Button> options) {
        return options.stream().filter(ChoiceMatcher::numbered).count() >= 2;
    }

    private static boolean numbered(Outbound.Button option) {
        return words(normalized(option.label())).stream().anyMatch(w -> isNumber(w) && w.length() <= 2);
    }

    /**
     * The option "la última" / "the last one" names: the highest numbered where options carry numbers (5️⃣, not the
     * "❓" after it), else the last that answers (never a command's button).
     */
    public static Match last(List<Outbound.Button> options) {
        int highest = highestNumber(options);
        Outbound.Button numbered = highest >= 1 ? labelledWith(highest, options) : null;
        if (numbered != null && carryNumbers(options)) {
            return new Match(List.of(numbered), true);
        }
        List<Outbound.Button> answers = options.stream().filter(o -> !o.runsCommand()).toList();
        return answers.isEmpty() ? Match.NONE : new Match(List.of(answers.get(answers.size() - 1)), true);
    }

    /** The one option whose label names this number as a word of its own ("Más sobre 3. Publicidad"), if any. */
    private static Outbound.Button labelledWith(int n, List<Outbound.Button> options) {
        String wanted = String.valueOf(n);
        List<Outbound.Button> named = options.stream().filter(o -> words(normalized(o.label())).contains(wanted)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The options whose words the answer mentions ("hotel" for Turismo); never exact, so a clear request still wins. */
    private Match mentioned(List<String> words, List<Outbound.Button> options) {
        List<Outbound.Button> named = options.stream()
                .filter(o -> !mentioned(words, optionMentions.getOrDefault(o.data(), Set.of())).isEmpty()).toList();
        return new Match(named, false);
    }

    /** Whether the options are ranges of a count ("1 a 10", "11 a 50", "51 a 200"), as a question of how many offers. */
    public static boolean areRanges(List<Outbound.Button> options) {
        return !options.isEmpty() && ranges(options) != null;
    }

    /**
     * The options as ranges of a count ("1 a 10", "11 to 50", "51-200": two numbers, the first the smaller, and a few
     * words), or null when any option is not one.
     */
    private static List<long[]> ranges(List<Outbound.Button> options) {
        List<long[]> ranges = new ArrayList<>();
        for (Outbound.Button option : options) {
            List<String> words = words(normalized(option.label()));
            List<Long> numbers = numbers(words);
            if (numbers.size() != 2 || numbers.get(0) >= numbers.get(1) || words.size() - numbers.size() > 3) {
                return null;
            }
            ranges.add(new long[] {numbers.get(0), numbers.get(1)});
        }
        return ranges;
    }

    /**
     * A short answer with numbers in it ("3", "somos 3", "tenemos 25 empleados", "entre 5 y 8") read as a count: the one
     * range that holds them all, or no option when none does or they span several; null when no number was typed or
     * a word beside it is not one that goes with a count.
     */
    private Match counted(List<String> typed, List<Outbound.Button> options, List<long[]> ranges) {
        List<Long> numbers = counts(typed);
        if (numbers.isEmpty()) {
            return null; // no count, or words that say something else ("perro verde 123"): read as before
        }
        Outbound.Button found = null;
        for (int i = 0; i < options.size(); i++) {
            long[] range = ranges.get(i);
            if (numbers.stream().allMatch(n -> n >= range[0] && n <= range[1])) {
                if (found != null) {
                    return Match.NONE;
                }
                found = options.get(i);
            }
        }
        return found == null ? Match.NONE : new Match(List.of(found), true);
    }

    /**
     * The numbers these words say as a count: all of them where the words say a count and nothing else ("somos como 30
     * personas"), else those a sentence says of people ("somos 3 con mi esposa", "4 personas en El Tambo", "we are 3,
     * in Timbío"); none for numbers of other things ("vendo 300 arepas", "hace 3 años", "trabajamos 5 días").
     */
    private List<Long> counts(List<String> typed) {
        List<Long> numbers = numbers(typed);
        if (numbers.isEmpty() || isCount(typed, numbers)) {
            return numbers;
        }
        if (peopleWords.isEmpty() || typed.size() > MAX_TOLD_WORDS) {
            return List.of();
        }
        List<Long> told = new ArrayList<>();
        for (int at = 0; at < typed.size(); at++) {
            if (isNumber(typed.get(at)) && ofPeople(typed, at)) {
                told.add(Long.parseLong(typed.get(at)));
            }
        }
        return told;
    }

    /**
     * Whether the number at this place counts people: a people word right after it ("4 personas"), or one before it
     * past words that go with a count ("somos como 30", "we are 3"), with nothing but such words right after it
     * ("somos 3 con mi esposa"; "trabajamos 5 días" counts days).
     */
    private boolean ofPeople(List<String> words, int at) {
        String next = at + 1 < words.size() ? words.get(at + 1) : null;
        if (next != null && peopleWords.contains(next)) {
            return true;
        }
        if (next != null && !FILLER.contains(next) && !countWords.contains(next)) {
            return false;
        }
        for (int before = at - 1; before >= 0; before--) {
            String word = words.get(before);
            if (peopleWords.contains(word)) {
                return true;
            }
            if (!FILLER.contains(word) && !countWords.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether these words, numbers among them, say a count and nothing else ("somos como 30 personas"). */
    private boolean isCount(List<String> typed, List<Long> numbers) {
        return !numbers.isEmpty() && typed.size() - numbers.size() <= MAX_WORDS
                && typed.stream().allMatch(w -> isNumber(w) || FILLER.contains(w) || countWords.contains(w));
    }

    /**
     * The top option, where the options are ranges of a count and a short answer counts more than the top range
     * holds ("300", "somos como 250 personas", or its bound said with one of {@code moreWords}: "más de 200"): no
     * option fits, and the top one is the nearest. Null otherwise, a count the ranges hold included.
     */
    public Outbound.Button aboveEveryRange(String typed, List<Outbound.Button> options, Set<String> moreWords) {
        List<long[]> ranges = ranges(options);
        if (ranges == null) {
            return null;
        }
        List<String> words = numbers.inDigits(words(normalized(typed)));
        List<Long> counts = counts(words);
        if (counts.isEmpty()) {
            return null;
        }
        int top = 0;
        for (int i = 1; i < ranges.size(); i++) {
            top = ranges.get(i)[1] > ranges.get(top)[1] ? i : top;
        }
        long bound = ranges.get(top)[1];
        boolean saysMore = counts.size() == 1 && words.stream().anyMatch(answers(moreWords)::contains);
        return counts.stream().allMatch(n -> n > bound || saysMore && n == bound) ? options.get(top) : null;
    }

    /** The position a short answer names by an ordinal ("la tercera", "the third one"), or 0. */
    private int ordinal(List<String> words) {
        String word = alone(words);
        return word == null ? 0 : Numbers.valueOf(numbers.ordinals(), word);
    }

    /** The number a short answer names and nothing more ("4", "el 4", "opción 4", "la cuarta", "four"), or 0. */
    public int namedNumber(String typed) {
        String text = normalized(typed);
        var number = NUMBER.matcher(text);
        if (number.matches()) {
            return Integer.parseInt(number.group(1));
        }
        List<String> words = words(text);
        int ordinal = ordinal(words);
        return ordinal >= 1 ? ordinal : cardinal(words);
    }

    /**
     * The highest number answers can name among these options: the one in their labels where labels carry numbers
     * ("ℹ️ Más sobre 3. Publicidad"), else how many options answer (commands aside); 0 where none do.
     */
    public static int highestNumber(List<Outbound.Button> options) {
        int labelled = 0;
        for (Outbound.Button option : options) {
            for (String word : words(normalized(option.label()))) {
                if (isNumber(word) && word.length() <= 2) {
                    labelled = Math.max(labelled, Integer.parseInt(word));
                }
            }
        }
        return labelled > 0 ? labelled : (int) options.stream().filter(o -> !o.runsCommand()).count();
    }

    /** The position a short answer names by a number, in digits or words, beside an article ("el 2", "tres"), or 0. */
    private int cardinal(List<String> words) {
        String word = alone(words);
        if (word == null) {
            return 0;
        }
        return isNumber(word) && word.length() <= 2 ? Integer.parseInt(word) : Numbers.valueOf(numbers.cardinals(), word);
    }

    /** The one word of a short answer besides articles and "option" ("the third one" is "third"), or null. */
    private static String alone(List<String> words) {
        List<String> rest = words.stream().filter(w -> !BESIDE_A_POSITION.contains(w)).toList();
        if (rest.size() == 2 && rest.get(1).equals("one")) {
            rest = rest.subList(0, 1);
        }
        return rest.size() == 1 ? rest.get(0) : null;
    }

    private static List<Long> numbers(List<String> words) {
        return words.stream().filter(ChoiceMatcher::isNumber).map(Long::parseLong).toList();
    }

    private static boolean isNumber(String word) {
        return word.length() <= 9 && word.chars().allMatch(Character::isDigit);
    }

    /**
     * Only for steps that expect free text: an answer that is exactly an option's label (or number-free), or
     * one of the option's own whole answers ("no tiene nombre" for the company question's skip).
     */
    public Match exactLabel(String typed, List<Outbound.Button> options) {
        List<String> words = words(normalized(typed));
        List<String> meaning = significant(words);
        String answer = String.join(" ", words);
        for (Outbound.Button option : options) {
            List<String> label = words(normalized(option.label()));
            if (!words.isEmpty() && (label.equals(words) || !meaning.isEmpty() && significant(label).equals(meaning)
                    || optionWords.getOrDefault(option.data(), Set.of()).contains(answer))) {
                return new Match(List.of(option), true);
            }
        }
        return Match.NONE;
    }

    /** The words that carry meaning: no emoji, no filler such as "un" or "the". */
    private static List<String> significant(List<String> words) {
        return words.stream().filter(w -> isWord(w) && !FILLER.contains(w)).toList();
    }

    private Match partial(List<String> words, List<Outbound.Button> options) {
        List<String> wanted = words.stream().filter(w -> !FILLER.contains(w)).toList();
        // a bare no names no option by sharing its word: "not really" (the hedge dropped) had been "…better not to risk"
        if (wanted.isEmpty() || wanted.size() > MAX_WORDS || noWords.containsAll(wanted)) {
            return Match.NONE;
        }
        List<Outbound.Button> close = new ArrayList<>();
        List<Outbound.Button> clean = new ArrayList<>();
        for (Outbound.Button option : options) {
            List<String> label = words(normalized(option.label()));
            int fit = fit(wanted, label);
            if (fit > 0) {
                close.add(option);
            }
            if (fit == 2) {
                clean.add(option);
            }
        }
        if (close.size() > 1 && clean.size() == 1) {
            return new Match(clean, false);
        }
        // every word typed is a whole word of one option only: as sure as typing the label
        boolean whole = close.size() == 1 && wanted.stream().allMatch(w -> words(normalized(close.get(0).label())).contains(w));
        return new Match(List.copyOf(close), whole);
    }

    /** 0: some word fits nowhere; 1: every word fits, some by a typo; 2: every word is a word or a start of one. */
    private static int fit(List<String> wanted, List<String> label) {
        int result = 2;
        for (String word : wanted) {
            int best = 0;
            for (String candidate : label) {
                best = Math.max(best, fitWord(word, candidate));
            }
            if (best == 0) {
                return 0;
            }
            result = Math.min(result, best);
        }
        return result;
    }

    private static int fitWord(String word, String candidate) {
        if (word.equals(candidate)) {
            return 2;
        }
        if (!isWord(word) || !isWord(candidate)) {
            return 0; // emoji and numbers fit only exactly
        }
        if (word.length() >= 3 && candidate.startsWith(word)) {
            return 2;
        }
        if (word.length() < 4) {
            return 0;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        if (distance(word, candidate) <= allowed) {
            return 1;
        }
        String head = candidate.substring(0, Math.min(candidate.length(), word.length()));
        return word.length() >= 5 && distance(word, head) <= 1 ? 1 : 0;
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.codePointAt(0));
    }

    /** Lower case, no accents, no emoji variation marks (so 2️⃣ reads as 2). */
    static String normalized(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace("\u200d", "").toLowerCase(Locale.ROOT).strip();
    }

    /** Runs of letters or digits, and each symbol (an emoji) on its own. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL) {
                words.add(new String(Character.toChars(cp)));
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
