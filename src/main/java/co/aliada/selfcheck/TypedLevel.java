package co.aliada.selfcheck;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Turn;

/**
 * How often or how much a typed answer says, read against the question on screen. Every question's options climb
 * one ladder (intents/selfcheck.yml), so "casi siempre" or "always" suggest an option of it; as how often says little
 * of follow-up or of the whole team, that option is proposed for a tap, not kept. "Más o menos" says no option at
 * all. An answer that one of the question's own options holds ("a veces" where an option begins "A veces…") is that
 * option, ahead of the ladder. Whole answers only, so a negated word ("no siempre") is never read as the word.
 *
 * @param kind   what the answer said
 * @param option the option it names or suggests (0–4); -1 for a vague one
 */
record TypedLevel(Kind kind, int option) {

    enum Kind {
        /** The option whose own words the answer is: kept as if tapped. */
        OWN,
        /** The option of the ladder the answer suggests: proposed with a one-tap confirmation. */
        PROPOSED,
        /** No option ("más o menos"): what the options mean, and the question again. */
        VAGUE
    }

    /** The ladder's words an option takes at once ({@code choice.sc.0.words}), as the buttons' own words do. */
    private static final String TAKEN = "choice.sc.%d.words";
    /** The ladder's words that suggest an option ({@code selfcheck.typed.propose.2.words}: "casi siempre"). */
    private static final String PROPOSED_WORDS = "selfcheck.typed.propose.%d.words";
    private static final String VAGUE_WORDS = "selfcheck.typed.vague-words";
    /** Words that turn a quoted option around when they stand outside the quote ("no", "nunca", "not"). */
    private static final String QUOTE_NOT_WORDS = "selfcheck.typed.quote-not-words";
    /** Fewer words of an option's wording are shared by chance ("problema", "equipo"). */
    private static final int QUOTED_WORDS = 2;
    /** A question's own words for an option, where the ladder's do not fit it ({@code choice.sc.L3.0.words}). */
    private static final String OWN = "choice.sc.%s.%d.words";
    /** Words that name one option anywhere in a longer answer ({@code selfcheck.option.L2.1.proposes}: "cuando sobra"). */
    private static final String NAMING = "selfcheck.option.%s.%d.proposes";

    /** What the typed text says of the question's options, if it is one of the ladder's words or a vague one. */
    static Optional<TypedLevel> read(String typed, Question question, Turn turn) {
        String said = said(typed, turn);
        for (int option = 0; option < question.options().size(); option++) {
            Optional<String> taken = ChoiceMatcher.oneOf(said, turn.phrases(TAKEN.formatted(option)));
            Optional<String> proposed = ChoiceMatcher.oneOf(said, turn.phrases(PROPOSED_WORDS.formatted(option)));
            Optional<String> phrase = taken.or(() -> proposed);
            if (phrase.isPresent()) {
                int own = holding(phrase.get(), question, turn.lang());
                if (own >= 0 && (proposed.isPresent() || own != option)) {
                    return Optional.of(new TypedLevel(Kind.OWN, own));
                }
                // the ladder's sure words are the buttons' own words, which the conversation reads as a tap already (or,
                // under a proposed answer, as its yes or no: "no" there is "not that one")
                return proposed.isPresent() ? Optional.of(new TypedLevel(Kind.PROPOSED, option)) : Optional.empty();
            }
        }
        return ChoiceMatcher.oneOf(said, turn.phrases(VAGUE_WORDS)).map(vague -> new TypedLevel(Kind.VAGUE, -1));
    }

    /**
     * What a longer answer that begins with the ladder's words says ("nunca hemos hecho eso", "no, casi no hay tiempo"):
     * the option they suggest, proposed for a tap and never kept at once, since the words after them may qualify it. The
     * longest beginning wins, so "no siempre lo hacemos" is vague, not "no". None at a question whose own lists stand for
     * the ladder's. Read only once nothing else took the text: "no sé qué poner" is a doubt, not "no".
     */
    static Optional<TypedLevel> ledBy(String typed, Question question, Turn turn) {
        if (!ownLists(question, turn).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(longestLead(typed, question, turn).level());
    }

    /** The longest of the ladder's phrases (vague ones too) that begins a text: its words, and what it reads as (null: none). */
    private record Lead(int words, TypedLevel level) {
    }

    private static Lead longestLead(String typed, Question question, Turn turn) {
        String said = said(typed, turn);
        int longest = ChoiceMatcher.leadingWords(said, turn.phrases(VAGUE_WORDS));
        TypedLevel led = longest > 0 ? new TypedLevel(Kind.VAGUE, -1) : null;
        for (int option = 0; option < question.options().size(); option++) {
            for (String key : List.of(TAKEN, PROPOSED_WORDS)) {
                int words = ChoiceMatcher.leadingWords(said, turn.phrases(key.formatted(option)));
                if (words > longest) {
                    longest = words;
                    led = new TypedLevel(Kind.PROPOSED, option);
                }
            }
        }
        return new Lead(longest, led);
    }

    /**
     * What the words after a bare no say ("no, casi nunca", "no, rarely"): a no, then how often, which is the answer.
     * Proposed for a tap, as a longer answer led by the ladder's words is; none when the no stands alone or what follows
     * it says no option ("no necesito asesor" stays a refusal).
     */
    static Optional<TypedLevel> afterANo(String typed, Question question, Turn turn) {
        Set<String> noWords = turn.phrases("common.choice.no-words");
        String rest = ChoiceMatcher.afterLead(typed, noWords);
        int no = ChoiceMatcher.leadingWords(typed, noWords);
        if (no == 0 || rest.equals(typed.strip()) || !ownLists(question, turn).isEmpty()
                || longestLead(typed, question, turn).words() > no) {
            return Optional.empty(); // "no siempre lo hacemos" is the ladder's own "no siempre", never a no and then "siempre"
        }
        String said = said(rest, turn);
        Optional<TypedLevel> whole = IntStream.range(0, question.options().size())
                .filter(option -> ChoiceMatcher.oneOf(said, turn.phrases(TAKEN.formatted(option))).isPresent()
                        || ChoiceMatcher.oneOf(said, turn.phrases(PROPOSED_WORDS.formatted(option))).isPresent())
                .boxed().findFirst().map(option -> new TypedLevel(Kind.PROPOSED, option));
        return whole.or(() -> ledBy(rest, question, turn).filter(level -> level.kind() == Kind.PROPOSED));
    }

    /**
     * The one option a longer answer quotes, two words of its wording or more in a row ("pues la verdad casi no, el día
     * a día no deja"): proposed for a tap, as the words around the quote may qualify it. None when two options are
     * quoted as much, or a word that turns the quote around stands outside it ("no tenemos un espacio fijo").
     */
    static Optional<TypedLevel> quoting(String typed, Question question, Turn turn) {
        Set<String> notWords = turn.phrases(QUOTE_NOT_WORDS);
        int best = 0;
        int quoted = -1;
        for (int option = 0; option < question.options().size(); option++) {
            int words = ChoiceMatcher.quotes(typed, question.options().get(option).in(turn.lang()), notWords);
            if (words == best) {
                quoted = -1;
            } else if (words > best) {
                best = words;
                quoted = option;
            }
        }
        return best >= QUOTED_WORDS && quoted >= 0 ? Optional.of(new TypedLevel(Kind.PROPOSED, quoted)) : Optional.empty();
    }

    /**
     * The one option whose words a longer answer names anywhere ("pues mas o menos, cuando sobra algo de plata
     * invertimos": "Solo si sobra algo."), proposed for a tap, as the words around may qualify it. None where two are
     * named, or a word that turns it around stands right before them ("nunca hablamos de lo que falló").
     */
    static Optional<TypedLevel> naming(String typed, Question question, Turn turn) {
        Set<String> notWords = turn.phrases(QUOTE_NOT_WORDS);
        Set<Integer> named = new HashSet<>();
        for (int option = 0; option < question.options().size(); option++) {
            String key = NAMING.formatted(question.id(), option);
            if (!turn.texts().has(key)) {
                continue;
            }
            for (String phrase : turn.phrases(key)) {
                Set<String> turned = notWords.stream().map(not -> not + " " + phrase).collect(Collectors.toSet());
                if (!ChoiceMatcher.mentioned(typed, Set.of(phrase)).isEmpty() && ChoiceMatcher.mentioned(typed, turned).isEmpty()) {
                    named.add(option);
                }
            }
        }
        return named.size() == 1 ? Optional.of(new TypedLevel(Kind.PROPOSED, named.iterator().next())) : Optional.empty();
    }

    private static List<String> ownLists(Question question, Turn turn) {
        return IntStream.range(0, question.options().size())
                .mapToObj(option -> OWN.formatted(question.id(), option)).filter(turn.texts()::has).toList();
    }

    /** The typed text without the words around an answer ("pues …", "… creo"), as the buttons read it. */
    private static String said(String typed, Turn turn) {
        return ChoiceMatcher.withoutTail(ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words")),
                turn.phrases("common.choice.tail-words"));
    }

    /**
     * Whether the typed text is one of the ladder's words ("nunca", "casi nunca", "no") at a question whose own lists
     * stand for the ladder's ({@code choice.sc.L3.0.words}: "If a new idea fails, what happens?") and that names none
     * of its options: an answer told in words of how often, which fit none here. It had been read as a refusal ("Entendido,
     * sin problema 👍") and the question asked again; a longer "no necesito asesor" is no such answer.
     */
    static boolean fitsNoOption(String typed, Question question, Turn turn) {
        String said = said(typed, turn);
        List<String> own = ownLists(question, turn);
        if (own.isEmpty() || own.stream().anyMatch(key -> ChoiceMatcher.oneOf(said, turn.phrases(key)).isPresent())) {
            return false;
        }
        return IntStream.range(0, question.options().size()).anyMatch(option ->
                ChoiceMatcher.oneOf(said, turn.phrases(TAKEN.formatted(option))).isPresent()
                        || ChoiceMatcher.oneOf(said, turn.phrases(PROPOSED_WORDS.formatted(option))).isPresent());
    }

    /**
     * The one option whose wording holds the phrase: begins with it ("Siempre sacamos la lección…" holds "siempre"),
     * or, for a phrase of two words or more, names it anywhere ("…se revisan de vez en cuando"); -1 for none or two.
     * A single word inside ("casi no se revisan") is not enough: "no" there is no "no, we don't".
     */
    private static int holding(String phrase, Question question, String lang) {
        List<Integer> holding = IntStream.range(0, question.options().size())
                .filter(i -> holds(question.options().get(i).in(lang), phrase)).boxed().toList();
        return holding.size() == 1 ? holding.get(0) : -1;
    }

    private static boolean holds(String option, String phrase) {
        if (ChoiceMatcher.mentioned(option, Set.of(phrase)).isEmpty()) {
            return false;
        }
        return ChoiceMatcher.wordCount(phrase) >= 2 || ChoiceMatcher.begins(option, Set.of(phrase))
                || ChoiceMatcher.oneOf(option, Set.of(phrase)).isPresent();
    }
}
