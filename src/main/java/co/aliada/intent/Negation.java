package co.aliada.intent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.aliada.content.ContentException;
import co.aliada.content.Problems;
import co.aliada.content.YamlDocument;
import tools.jackson.databind.JsonNode;

/**
 * Where a text is negated, from the admins' cues in {@code intents/negation.yml}: the words after a
 * cue ("no", "ya no", "don't", "no need") up to the end of the clause. Punctuation and a break word
 * ("pero", "but") end the clause; a request verb ("quiero", "want") further on starts a new one, so
 * "no me sirve esto quiero hablar con alguien" still asks for a person, and so does an order joined on
 * ("ya no quiero que me escriban y borren todo": {@code joiners} and {@code orders}). Both languages' words
 * apply to every text: people mix them. The same file lists the courtesy words that ask for nothing, the common words
 * (how much, how often, when, whose) that never make a request on their own, and the short forms people type.
 */
record Negation(List<List<String>> cues, List<List<String>> breaks, List<List<String>> restart,
                List<List<String>> still, List<List<String>> courtesy, List<List<String>> joiners,
                List<List<String>> orders, List<List<String>> pronouns, List<List<String>> possessives, List<List<String>> common,
                List<List<String>> since, List<List<String>> acting, List<List<String>> wishes, List<List<String>> shortened,
                List<List<String>> whyNot, List<List<String>> openers, List<List<String>> noBecause, List<String> unaffected, List<String> guarded,
                Map<String, Set<String>> inverse, Refusal refusal) {

    static final String FILE = "negation.yml";
    static final Negation NONE = new Negation(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Refusal.NONE);
    private static final List<String> FIELDS = List.of("cues", "breaks", "restart", "still", "courtesy", "joiners", "orders", "pronouns",
            "possessives", "common", "since", "acting", "wishes", "shortened", "why_not", "openers", "no_because");
    private static final Set<String> OPTIONAL = Set.of("courtesy", "joiners", "orders", "pronouns", "possessives", "common", "since",
            "acting", "wishes", "shortened", "why_not", "openers", "no_because");
    /** A text this short that opens with a word of {@code since} is a phrase of time, the way an answer is told. */
    private static final int SINCE_MAX_WORDS = 3;
    private static final Pattern DASH = Pattern.compile("\\s-\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+|[,.;:!?¿¡]");

    /** Reads the cues of the intents folder; no file means no negation handling, a bad one is a problem. */
    static Negation read(Path intentsDir, Problems problems) {
        Path file = intentsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        YamlDocument doc;
        try {
            doc = YamlDocument.read(file, FILE);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return NONE;
        }
        List<List<List<String>>> lists = new ArrayList<>();
        for (String field : FIELDS) {
            List<List<String>> words = new ArrayList<>();
            JsonNode byLang = doc.root().path(field);
            for (String lang : IntentFiles.LANGUAGES) {
                JsonNode list = byLang.path(lang);
                if (OPTIONAL.contains(field) && byLang.isMissingNode()) {
                    continue; // a folder written before the list existed still loads
                }
                if (!list.isArray() || (field.equals("cues") && list.isEmpty())) {
                    problems.add(FILE, doc.lineOf("/" + field), field + " needs an " + lang + ": list of words");
                    continue;
                }
                list.forEach(w -> {
                    List<String> tokens = tokens(fold(w.asString()));
                    if (field.equals("shortened") && tokens.size() != 2) {
                        problems.add(FILE, doc.lineOf("/" + field + "/" + lang), "shortened needs two words each: the short form and the word it stands for");
                    } else if (w.isString() && !tokens.isEmpty()) {
                        words.add(tokens);
                    } else {
                        problems.add(FILE, doc.lineOf("/" + field + "/" + lang), field + " has an empty or non-text word");
                    }
                });
            }
            lists.add(List.copyOf(words));
        }
        Map<String, Set<String>> inverse = new HashMap<>();
        doc.root().path("inverse").properties().forEach(e -> {
            Set<String> words = new HashSet<>();
            e.getValue().forEach(w -> words.addAll(tokens(fold(w.asString()))));
            inverse.put(e.getKey(), Set.copyOf(words));
        });
        return new Negation(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5), lists.get(6),
                lists.get(7), lists.get(8), lists.get(9), lists.get(10), lists.get(11), lists.get(12), lists.get(13), lists.get(14), lists.get(15), lists.get(16), ids(doc, "unaffected"), ids(doc, "guarded"), Map.copyOf(inverse), Refusal.read(doc.root().path("refusal")));
    }

    /**
     * What a text that only turns down an offer is ({@code refusal} in negation.yml): its {@code intent} ("deny") when
     * its negated words ask for one of the offers ({@code of}: a person, help, going on) and the words beside them for
     * nothing, or only for one of {@code beside} ("gracias"). No intent means no such rule.
     */
    record Refusal(String intent, Set<String> of, Set<String> beside) {

        static final Refusal NONE = new Refusal(null, Set.of(), Set.of());

        static Refusal read(JsonNode node) {
            if (!node.path("intent").isString()) {
                return NONE;
            }
            Set<String> of = new HashSet<>();
            node.path("of").forEach(id -> of.add(id.asString()));
            Set<String> beside = new HashSet<>();
            node.path("beside").forEach(id -> beside.add(id.asString()));
            return new Refusal(node.path("intent").asString(), Set.copyOf(of), Set.copyOf(beside));
        }
    }

    /**
     * The words of a negated clause before its first inverse word of the intent, without the request verbs, linking
     * words and pronouns ({@code restart}, {@code still}, {@code pronouns}: "quiero que me" asks for nothing yet, and
     * "me" alone leaned to the intents whose phrases use it most), and without what a possessive owns ({@code possessives}:
     * "mi número" in "no quiero que mi número quede guardado" is what is kept, and a noun alone leaned to the intent
     * whose phrases name it most, so the request read as a refusal of itself); null when it has none.
     */
    String beforeInverse(String intent, String clause) {
        Set<String> inverting = inverse.getOrDefault(intent, Set.of());
        List<String> words = tokens(fold(clause));
        for (int i = 0; i < words.size(); i++) {
            if (inverting.contains(words.get(i))) {
                List<String> before = new ArrayList<>();
                for (int k = 0; k < i; k++) {
                    List<String> head = words.subList(0, i);
                    int skip = Math.max(Math.max(startsWith(restart, head, k), startsWith(still, head, k)), startsWith(pronouns, head, k));
                    int owned = startsWith(possessives, head, k);
                    if (owned > 0) {
                        k += owned; // "mi número" in "no quiero que mi número quede guardado" is what is kept
                    } else if (skip > 0) {
                        k += skip - 1;
                    } else {
                        before.add(words.get(k));
                    }
                }
                return String.join(" ", before);
            }
        }
        return null;
    }

    /**
     * A negated text's three sides, from one look at its scope and words: its plain words (outside negated clauses,
     * cues that negate something left out), its negated words (what it says it does not want), and each negated
     * clause (the words after one cue, up to the end of its scope), in order.
     */
    record Parts(String plain, String negated, List<String> clauses) {
    }

    Parts parts(String text) {
        BitSet scope = scope(text);
        Tokens tokens = Tokens.of(text);
        return new Parts(keep(text, scope, tokens, false), keep(text, scope, tokens, true), negatedClauses(text, scope, tokens));
    }

    private static List<String> negatedClauses(String text, BitSet scope, Tokens tokens) {
        List<String> clauses = new ArrayList<>();
        List<int[]> spans = tokens.spans();
        List<String> words = tokens.words();
        StringBuilder clause = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (scope.get(spans.get(i)[0])) {
                clause.append(clause.isEmpty() ? "" : " ").append(text, spans.get(i)[0], spans.get(i)[1]);
            } else if (!clause.isEmpty()) {
                clauses.add(clause.toString());
                clause.setLength(0);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString());
        }
        return clauses;
    }

    /** The negated words, or the plain ones without the cues that negate something. */
    private String keep(String text, BitSet scope, Tokens tokens, boolean negated) {
        BitSet cueChars = new BitSet();
        List<int[]> spans = tokens.spans();
        List<String> words = tokens.words();
        for (int i = 0; !negated && i < words.size(); i++) {
            int cue = startsWith(cues, words, i);
            // A cue that negates nothing is an answer of its own ("eso no", "no, gracias"): it stays a plain word. Unless
            // it closes the negated words before it, as Spanish repeats a negation ("no necesito que me pasen con nadie").
            boolean negates = cue > 0 && (i + cue < words.size() && scope.get(spans.get(i + cue)[0])
                    || i > 0 && scope.get(spans.get(i - 1)[0]));
            for (int c = 0; negates && c < cue; c++) {
                cueChars.set(spans.get(i + c)[0], spans.get(i + c)[1]);
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            boolean in = negated ? scope.get(k) : !scope.get(k) && !cueChars.get(k);
            kept.append(in ? text.charAt(k) : ' ');
        }
        return kept.toString().strip();
    }

    private static List<String> ids(YamlDocument doc, String field) {
        List<String> ids = new ArrayList<>();
        doc.root().path(field).forEach(id -> ids.add(id.asString()));
        return List.copyOf(ids);
    }

    /**
     * The text with its courtesy words ("por favor", "porfa", "please") blanked, letter for letter, so positions
     * still match: they ask for nothing, yet alone they leaned to whichever intent's phrases use them most
     * ("please" to change_language, "porfa" to help), also as the plain part beside a negated request.
     */
    String withoutCourtesy(String text) {
        if (courtesy.isEmpty()) {
            return text;
        }
        Tokens tokens = Tokens.of(text);
        List<int[]> spans = tokens.spans();
        List<String> words = tokens.words();
        StringBuilder blanked = null;
        for (int i = 0; i < words.size(); i++) {
            int n = startsWith(courtesy, words, i);
            if (n > 0) {
                blanked = blanked == null ? new StringBuilder(text) : blanked;
                for (int k = spans.get(i)[0]; k < spans.get(i + n - 1)[1]; k++) {
                    blanked.setCharAt(k, ' ');
                }
                i += n - 1;
            }
        }
        return blanked == null ? text : blanked.toString();
    }

    /** The characters of the text that lie in a negated clause (cues themselves excluded). */
    BitSet scope(String text) {
        BitSet negated = new BitSet();
        if (cues.isEmpty()) {
            return negated;
        }
        Tokens tokens = Tokens.of(text);
        List<int[]> spans = tokens.spans();
        List<String> words = tokens.words();
        int i = 0;
        while (i < words.size()) {
            int cue = startsWith(cues, words, i);
            if (cue == 0) {
                i++;
                continue;
            }
            int j = i + cue;
            int first = j;
            while (j < words.size() && !isPunctuation(words.get(j)) && startsWith(breaks, words, j) == 0
                    && startsWith(cues, words, j) == 0 && joinedOrder(words, j) == 0
                    && !(j > first && startsWith(restart, words, j) > 0 && startsWith(still, words, j - 1) == 0)
                    && !freeOrder(words, first, j)) {
                negated.set(spans.get(j)[0], spans.get(j)[1]);
                j++;
            }
            i = Math.max(j, i + 1);
        }
        return negated;
    }

    /**
     * Whether an order at j begins a new request after the negated words from {@code first} on, as a comma would:
     * "ya no voy a usar el bot borren mis datos", "ya no me interesa eliminen mi número", "i don't use this anymore
     * delete my account". Not when it is the first negated word ("no borren"), nor right after a pronoun ("no me
     * borren", "don't let them delete"), nor with a linking word before it in the negated words ({@code still}: "no
     * quiero que ustedes borren", "ni se les ocurra borren", "don't you dare delete"): there the order is what is refused.
     */
    private boolean freeOrder(List<String> words, int first, int j) {
        if (j == first || orders.isEmpty() || startsWith(orders, words, j) == 0
                || startsWith(pronouns, words.subList(j - 1, j), 0) > 0) { // a one-word pronoun right before it
            return false;
        }
        for (int k = first; k < j; k++) {
            if (startsWith(still, words, k) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text answers since when ("desde el principio", "from the start"): a few words that open with a word of
     * {@code since}. It may still ask to start over where nothing was asked, but it must not cut into a question.
     */
    boolean toldAsSinceWhen(String text) {
        List<String> words = words(text);
        return words.size() <= SINCE_MAX_WORDS && startsWith(since, words, 0) > 0;
    }

    /**
     * The short forms people type for a word ({@code shortened}: "pa" for para, "xq" for porque, "u" for you), each with
     * the word it stands for, so a text's features meet the phrases' own words.
     */
    Map<String, String> shortForms() {
        Map<String, String> forms = new HashMap<>();
        shortened.forEach(entry -> forms.putIfAbsent(entry.get(0), entry.get(1)));
        return Map.copyOf(forms);
    }

    /**
     * Whether the clause opens with an order ("borren…", "eliminen…", "páseme…"): a request said outright, which a
     * reason told before it ("ya no quiero seguir en esto, bórrenme todito lo que les conté") does not make less of one.
     */
    boolean opensWithOrder(String clause) {
        return startsWith(orders, words(withoutCourtesy(clause)), 0) > 0;
    }

    /**
     * The order that says what is done to whatever follows it ({@code acting}: "borren", "erase") a text opens with, its
     * courtesy words left out ("por favor borren lo que tienen de mí", "please erase what you have about me"); none: empty.
     */
    List<String> openingAct(String text) {
        List<String> words = words(withoutCourtesy(text));
        // "quiero que borren lo que tienen de mí": the wish says it is wanted, the order says what
        int wish = startsWith(wishes, words, 0);
        return List.copyOf(words.subList(wish, wish + startsWith(acting, words, wish)));
    }

    /**
     * What a request asked as why it is not done asks for ({@code why_not}: "¿por qué no me pasan con alguien?", "xq no
     * borran mis datos", "why don't you just put me through"): the words after the opener, folded. Null when the text
     * does not open with one (after a greeting of {@code openers} or a joiner, at most), or when a wish or a need follows it: "porque no quiero asesor" gives a reason.
     */
    String askedWhyNot(String text) {
        List<String> words = words(withoutCourtesy(text));
        int start = 0;
        // a greeting or a joiner may come first ("oiga y xq no me pasan…", "hey and why don't you…")
        while (start < words.size()) {
            int skip = isPunctuation(words.get(start)) ? 1
                    : startsWith(whyNot, words, start) > 0 ? 0
                    : Math.max(startsWith(openers, words, start), startsWith(joiners, words, start));
            if (skip == 0) {
                break;
            }
            start += skip;
        }
        int opener = startsWith(whyNot, words, start);
        if (opener == 0 || startsWith(restart, words, start + opener) > 0) {
            return null;
        }
        return String.join(" ", words.subList(start + opener, words.size()));
    }

    /**
     * The text with its opening no parted from its reason ({@code no_because}: "no porque no me queda tiempo pa eso", "nah
     * because i'm busy"), as if a comma stood between them, folded; the text itself when it opens with none. Typed without
     * the comma, the whole text read as one negated clause that asked for nothing.
     */
    String partedNo(String text) {
        List<String> words = words(withoutCourtesy(text));
        int opener = startsWith(noBecause, words, 0);
        if (opener == 0) {
            return text;
        }
        List<String> parted = new ArrayList<>(words);
        parted.add(1, ",");
        return String.join(" ", parted);
    }

    /**
     * Whether the clause is a bare no (a cue and nothing else: "no") said before a clause that opens with a cue of its
     * own: in "no, no hay quien atienda" the first no says nothing alone, the clause after it tells what is missing.
     * "no, porque no me queda tiempo" gives a reason after its no and is not one.
     */
    boolean bareNoBefore(String clause, String next) {
        List<String> words = words(clause);
        List<String> after = words(next);
        return !words.isEmpty() && startsWith(cues, words, 0) == words.size() && !after.isEmpty() && startsWith(cues, after, 0) > 0;
    }

    /**
     * Whether these words are only a wish waiting for what is wished ({@code wishes}: "quiero que", "i want you"), with
     * pronouns and linking words at most: the plain words of "quiero que no borren lo que tienen de mí" ask for nothing,
     * though "quiero que" alone leans to erasing, whose phrases say it most.
     */
    boolean onlyWish(String text) {
        List<String> words = words(withoutCourtesy(text));
        int wish = startsWith(wishes, words, 0);
        if (wish == 0) {
            return false;
        }
        for (int i = wish; i < words.size(); i++) {
            int skip = Math.max(startsWith(pronouns, words, i), startsWith(still, words, i));
            if (skip == 0) {
                return false;
            }
            i += skip - 1;
        }
        return true;
    }

    /**
     * Whether a negated word of the clause is one whose negation asks for the intent ({@code inverse}): "ya no necesito que
     * tengan mis datos" says what to do as plainly as an order does.
     */
    boolean asksThroughInverse(String intent, String clause) {
        Set<String> inverting = inverse.getOrDefault(intent, Set.of());
        return !inverting.isEmpty() && parts(clause).clauses().stream().anyMatch(c -> words(c).stream().anyMatch(inverting::contains));
    }

    /**
     * How many words of a joiner start at i when an order follows it ("y borren", "and delete"): there a new
     * request begins, in a run-on message as after a comma. 0 otherwise ("y que borren" stays where it was).
     */
    private int joinedOrder(List<String> words, int i) {
        int joiner = startsWith(joiners, words, i);
        return joiner > 0 && startsWith(orders, words, i + joiner) > 0 ? joiner : 0;
    }

    /**
     * The text cut into clauses where a new one begins: at punctuation, at a break word ("pero", "entonces", "but"),
     * at a joiner before an order ("… y borren todo") and before a cue ("borre mis datos que ya no uso esto"); the
     * break words and joiners themselves are left out, a cue stays with its clause.
     * Dictated messages run on without commas, so the words alone must part them.
     */
    List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        Tokens tokens = Tokens.of(text);
        List<int[]> spans = tokens.spans();
        List<String> words = tokens.words();
        int start = -1;
        int end = -1;
        int i = 0;
        while (i < words.size()) {
            int cut = isPunctuation(words.get(i)) ? 1 : Math.max(startsWith(breaks, words, i), joinedOrder(words, i));
            if (cut == 0 && start >= 0 && DASH.matcher(text.substring(end, spans.get(i)[0])).find()) {
                clauses.add(text.substring(start, end)); // "borren mis datos - gracias": a spaced dash parts too
                start = -1;
            }
            int cue = cut == 0 ? startsWith(cues, words, i) : 0;
            if (cue > 0) {
                if (start >= 0) {
                    clauses.add(text.substring(start, end)); // "borre mis datos q ya no voy a usar esto": a cue opens a clause
                }
                start = spans.get(i)[0];
                end = spans.get(i + cue - 1)[1];
                i += cue;
                continue;
            }
            if (cut > 0) {
                if (start >= 0) {
                    clauses.add(text.substring(start, end));
                }
                start = -1;
                i += cut;
                continue;
            }
            start = start < 0 ? spans.get(i)[0] : start;
            end = spans.get(i)[1];
            i++;
        }
        if (start >= 0) {
            clauses.add(text.substring(start, end));
        }
        return clauses;
    }

    private static boolean isPunctuation(String word) {
        return !Character.isLetterOrDigit(word.codePointAt(0)) && word.charAt(0) != '\'';
    }

    /** How many words of the longest entry of the list start at position i; 0 when none does. */
    private static int startsWith(List<List<String>> list, List<String> words, int i) {
        int best = 0;
        for (List<String> entry : list) {
            if (entry.size() > best && i + entry.size() <= words.size() && matches(entry, words, i)) {
                best = entry.size();
            }
        }
        return best;
    }

    /** Whether the words from i on begin with the entry (compared in place: this runs for every word and entry). */
    private static boolean matches(List<String> entry, List<String> words, int i) {
        for (int k = 0; k < entry.size(); k++) {
            if (!entry.get(k).equals(words.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** A text's words, folded (lower case, no accents). */
    static List<String> words(String text) {
        return tokens(fold(text));
    }

    private static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Lower case without accents, one character for one, so positions still point into the original text. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '’' || c == '´' || c == '`') {
                folded.append('\'');
                continue;
            }
            if (c < 128) {
                folded.append(Character.toLowerCase(c)); // ASCII is its own decomposition
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.charAt(0)));
        }
        return folded.toString();
    }

    /** A text's words, folded, with where each lies in the text (so that clauses can be cut from the original). */
    private record Tokens(List<int[]> spans, List<String> words) {

        static Tokens of(String text) {
            List<int[]> spans = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(fold(text));
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                words.add(m.group());
            }
            return new Tokens(spans, words);
        }
    }
}
