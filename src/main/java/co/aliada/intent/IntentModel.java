package co.aliada.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    /**
     * A strong intent's phrases know all but this few of the text's rare words: "necesito un asesor" is a
     * request, "necesito un asesor contable, me va mal con los impuestos" a need that mentions one.
     */
    static final int STRONG_MAX_FOREIGN = 2;
    /** Longer texts are descriptions (a challenge, an answer), never commands. */
    static final int MAX_COMMAND_LENGTH = 160;
    /** Only the start of a very long text is classified, so its cost stays bounded. */
    static final int MAX_CLASSIFIED = 300;
    private static final double OTHER_LANGUAGE = 0.97;
    /** Rankings are listed best first, ties by the intent's id. */
    private static final Comparator<Classification.Scored> BEST_FIRST = Comparator.comparingDouble(Classification.Scored::score)
            .reversed().thenComparing(Classification.Scored::intent);

    private final Map<String, IntentDefinition> intents;
    private final Negation negation;
    private final Map<String, PhraseIndex> indexes = new HashMap<>();
    private final WrittenLanguage writtenLanguage;

    IntentModel(List<IntentDefinition> definitions, Negation negation) {
        this.intents = new LinkedHashMap<>();
        this.negation = negation;
        this.writtenLanguage = new WrittenLanguage(definitions);
        definitions.forEach(d -> intents.put(d.id(), d));
        for (String lang : IntentFiles.LANGUAGES) {
            List<Map.Entry<String, String>> phrases = new ArrayList<>();
            definitions.forEach(d -> d.phrases().getOrDefault(lang, List.of()).forEach(p -> phrases.add(Map.entry(d.id(), p))));
            // Typos are guessed for the requests that must never be missed, those that may come in a clause of their own.
            Set<String> typosOf = definitions.stream().filter(IntentDefinition::clause).map(IntentDefinition::id).collect(Collectors.toSet());
            List<String> common = negation.common().stream().map(w -> String.join(" ", w)).toList();
            indexes.put(lang, new PhraseIndex(Features.forLanguage(lang, negation), phrases, typosOf, common));
        }
    }

    /** Every intent with a similarity to this text, best first, and the one that passes its threshold. */
    Classification classify(String given, String lang) {
        // "no porque no me queda tiempo pa eso" is a no and its reason, read as with the comma it was typed without
        String text = negation.partedNo(given);
        Classification asked = askedWhyNot(text, lang);
        if (asked != null) {
            return asked;
        }
        Classification whole = classifyWhole(text, lang);
        // A clause intent the whole text asks for only faintly may yield to one a clause asks for surely: "me pueden
        // sacar de todo, ya no quiero estar aquí" leans to a person as a whole, its last clause asks to be deleted.
        Classification found = whole.intent() != null && intents.get(whole.intent()).clause() && whole.score() >= STRONG ? whole
                : requestInAClause(text, lang, whole);
        return yielded(text, lang, found);
    }

    /**
     * A request asked as why it is not done ("xq no me comunica con un asesor de una vez", "why don't you just delete my
     * data"): its "no" asks, it refuses nothing. The words after the opener are read alone, and stand for the text only
     * when they ask for an intent looked for in clauses (a person, erasing, starting over); "porque no me interesa
     * seguir" gives a reason and is read as a whole, negation and all.
     */
    private Classification askedWhyNot(String text, String lang) {
        String asked = negation.askedWhyNot(clipped(text));
        if (asked == null || asked.isBlank()) {
            return null;
        }
        Classification c = classify(asked, lang);
        return c.intent() != null && intents.get(c.intent()).clause() ? c : null;
    }

    /**
     * A reading that gives way ({@code yields} in the intent's file) when the text names whom it is not about: "necesito
     * hablar con mis clientes morosos", "i need to talk to my suppliers" name the people of the business, not ours, so
     * they are needs, not requests for a person (at the menu they opened a case). It holds when a word of the bot's side
     * is named anywhere ("mis clientes no me pagan, quiero hablar con un asesor"), or when a clause that names none of
     * the business's people asks for it on its own ("tengo líos con los proveedores, páseme con alguien"). The text then
     * reads as the intent yielded to, at its own score even under its threshold, or as nothing where that intent is not
     * ranked at all; never strong.
     */
    private Classification yielded(String text, String lang, Classification found) {
        // A text that only leans to the intent yields as well: "me tocó empezar de cero porque la creciente se llevó el
        // cultivo" leaned to restart under its threshold and hid the need ranked next, above the need's own threshold.
        String reading = found.intent() != null ? found.intent() : found.ranked().isEmpty() ? null : found.ranked().get(0).intent();
        IntentDefinition definition = reading == null ? null : intents.get(reading);
        if (definition == null || definition.yields().none()) {
            return found;
        }
        String clipped = clipped(text);
        List<String> words = Negation.words(clipped);
        // a text the intent is never read with is not about it at all, nor about what it yields to: "me equivoqué en lo
        // último q le contesté" corrects an answer, it tells no need
        if (!definition.allows(words)) {
            return found;
        }
        IntentDefinition.Yield yields = definition.yields();
        if (!IntentDefinition.Yield.names(words, yields.when()) || IntentDefinition.Yield.names(words, yields.unless())) {
            return found;
        }
        List<String> clauses = negation.clauses(clipped);
        if (clauses.size() > 1) {
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                // "no, no hay quien atienda": a bare no before a clause told with a no of its own asks for nothing alone
                if (i + 1 < clauses.size() && negation.bareNoBefore(clause, clauses.get(i + 1))) {
                    continue;
                }
                if (!clause.isBlank() && !IntentDefinition.Yield.names(Negation.words(clause), yields.when())
                        && reading.equals(classifyWhole(clause, lang).intent())) {
                    return found;
                }
            }
        }
        List<Classification.Scored> ranked = found.ranked();
        double score = scoreOf(yields.to(), ranked);
        // The words named say what the text is, even where the phrases of the one yielded to know it only faintly:
        // "necesito un resumen de cuánto vendo al mes" (a need at 0.21) read as nothing was not understood at the menu.
        if (intents.containsKey(yields.to()) && score > 0) {
            return new Classification(yields.to(), score, false, ranked);
        }
        return new Classification(null, ranked.isEmpty() ? 0 : ranked.get(0).score(), false, ranked);
    }

    /**
     * A request told in one clause of a longer message ("tengo una tienda en El Bordo y ya no voy a usar esto,
     * quiero que borren mis datos"; "no sé manejar esto, páseme con alguien"; dictated without commas, "les di mis
     * datos pero me arrepentí entonces quiero que los borren", cut by {@link Negation#clauses}): the other clauses' words dilute it
     * below its threshold or under a word of context. Only intents marked {@code clause: true} are looked for
     * this way; the clause must ask for one clearly (as sure as a command that interrupts, or, when it opens with an
     * order, as sure as its intent's own threshold: see {@link #bar}) and more surely than the whole text asks for anything. Each clause goes through the same rules, negation included. Strong only as a
     * command is, judged on the whole message: short, and with at most {@value #STRONG_MAX_FOREIGN} rare words the
     * intent does not know ("me retiro, borren todo" interrupts; a story that ends in a request does not).
     */
    private Classification requestInAClause(String text, String lang, Classification whole) {
        String clipped = clipped(text);
        List<String> clauses = negation.clauses(clipped);
        if (clauses.size() < 2) {
            return whole;
        }
        Classification best = null;
        List<String> words = Negation.words(clipped);
        for (String clause : clauses) {
            // "quiero que" before a refusal ("quiero que no borren lo que tienen de mí") wishes nothing on its own
            if (clause.isBlank() || negation.onlyWish(clause)) {
                continue;
            }
            Classification c = classifyWhole(clause, lang);
            // the whole message may say it is about something else: "can you delete what i just typed" corrects; an order
            // answers only for itself and what follows it ("olvídalo todo, borren mis datos": the order comes after the no)
            if (c.intent() != null && intents.get(c.intent()).clause() && allowedFrom(c.intent(), words, clipped, clause)
                    && c.score() >= bar(clause, c.intent())
                    && c.score() > whole.score() && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        return best == null ? whole : new Classification(best.intent(), best.score(),
                strong(intents.get(best.intent()), best.ranked(), 0, clipped, Features.read(clipped, negation)), best.ranked());
    }

    private boolean allowedFrom(String intent, List<String> words, String text, String clause) {
        IntentDefinition definition = intents.get(intent);
        int at = text.indexOf(clause);
        return definition.allows(words)
                || at >= 0 && negation.opensWithOrder(clause) && definition.allows(Negation.words(text.substring(at)));
    }

    /**
     * How sure a clause must be to stand for the whole message: as sure as a command that interrupts, or only its
     * intent's own threshold when the clause opens with an order or asks through a word whose negation asks for the
     * intent: the reason told before a request ("me cansé de esto, desháganse de mi información", "cerré la tienda, ya
     * no necesito que tengan mis datos") says why, the order says what.
     */
    private double bar(String clause, String intent) {
        return negation.opensWithOrder(clause) || negation.asksThroughInverse(intent, clause) ? intents.get(intent).threshold() : STRONG;
    }

    /** The start of the text that is classified ({@value #MAX_CLASSIFIED} characters at most). */
    private static String clipped(String text) {
        return text.length() > MAX_CLASSIFIED ? text.substring(0, MAX_CLASSIFIED) : text;
    }

    private Classification classifyWhole(String text, String lang) {
        String clipped = clipped(text);
        Reading reading = Features.read(clipped, negation);
        List<Classification.Scored> ranked = rank(reading, lang, true);
        if (ranked.isEmpty()) {
            return Classification.NOTHING;
        }
        Negated negated = reading.negates() ? negated(reading.text(), lang) : null;
        Classification beside = negated != null ? requestBesideNegation(text, negated, ranked.get(0), lang) : null;
        if (beside != null) {
            return beside;
        }
        Classification chosen = chosen(text, lang, reading, ranked, negated);
        return negated == null ? chosen : declined(chosen, negated, lang);
    }

    private Classification chosen(String text, String lang, Reading reading, List<Classification.Scored> ranked, Negated negated) {
        String ordered = orderedBy(text, ranked);
        for (int i = 0; i < ranked.size(); i++) {
            Classification.Scored best = ranked.get(i);
            IntentDefinition definition = intents.get(best.intent());
            if (ordered != null && !ordered.equals(best.intent())) {
                continue; // "borren lo que tienen de mí": the order says what to do with what they hold
            }
            if (best.score() < definition.threshold()) {
                return new Classification(null, ranked.get(0).score(), false, ranked);
            }
            if (negated != null && negatedRequest(best.intent(), negated, lang)) {
                continue; // "no necesito asesor": what is negated is this very request
            }
            if (!definition.allows(Negation.words(text))) {
                continue; // "quiero cambiar la respuesta" names no language: not a wish for another one
            }
            if (onlyCommonShared(best.intent(), reading)) {
                continue; // "todos", "all of it" answer how many: they share only "todo", "all" with "borren todo"
            }
            if (!definition.command() && negation.toldAsSinceWhen(text)) {
                continue; // "since we opened" says since when, no need; "desde el principio" may still start over
            }
            boolean strong = i == 0 && strong(definition, ranked, i, text, reading);
            return new Classification(best.intent(), best.score(), strong, ranked);
        }
        return new Classification(null, ranked.get(0).score(), false, ranked);
    }

    /**
     * The request an order that opens the text names ({@code acting} in negation.yml: "borren lo que tienen de mí",
     * "please erase what you have about me"): the words after it name what it acts on, and may lean to another intent
     * (what they hold of me is what my_data shows). It is the first ranked intent whose phrases know the order, when that
     * is one looked for in clauses ({@code clause: true}) and passes its threshold. Null when the text opens with no such
     * order, when an intent ranked before knows it too, or when one looked for in clauses is ranked first already: one
     * such request is never traded for another ("borre todo y empezamos de nuevo" starts over).
     */
    private String orderedBy(String text, List<Classification.Scored> ranked) {
        List<String> order = negation.openingAct(text);
        if (order.isEmpty()) {
            return null;
        }
        for (Classification.Scored scored : ranked) {
            IntentDefinition definition = intents.get(scored.intent());
            boolean knows = indexes.values().stream().anyMatch(index -> index.knows(scored.intent(), order));
            if (knows || definition.clause()) {
                return knows && definition.clause() && scored.score() >= definition.threshold() ? scored.intent() : null;
            }
        }
        return null;
    }

    /**
     * A text that only turns down an offer ("no necesito asesor", "no hace falta un asesor", "I don't need help,
     * thanks") is a "no" ({@code refusal} in negation.yml): its negated words ask for the offer and the words beside
     * them for nothing but courtesy, and they name nothing rare that the offer's phrases do not know. Its negated words leaned to a need ("necesito…" is how needs are told), or to
     * nothing, so a refusal was taken for a challenge or not understood. It replaces no answer but a need, a courtesy
     * or none: "no tengo clientes" stays a need, as its negated words ask for no offer.
     */
    private Classification declined(Classification chosen, Negated negated, String lang) {
        Negation.Refusal refusal = negation.refusal();
        if (refusal.intent() == null || !intents.containsKey(refusal.intent())
                || chosen.intent() != null && !negation.unaffected().contains(chosen.intent()) && !refusal.beside().contains(chosen.intent())) {
            return chosen;
        }
        Reading words = Features.read(negated.words(), negation);
        List<Classification.Scored> refused = ranked(words, lang);
        // A refusal names the offer and nothing else; a need names its subject: "no tengo quien me ayude con el mercadeo".
        if (refused.isEmpty() || !refusal.of().contains(refused.get(0).intent()) || !asks(refused.get(0).intent(), refused)
                || foreign(refused.get(0).intent(), words) > 0) {
            return chosen;
        }
        List<Classification.Scored> beside = negated.plainRanked();
        if (!beside.isEmpty() && !refusal.beside().contains(beside.get(0).intent()) && asks(beside.get(0).intent(), beside)) {
            return chosen;
        }
        double score = refused.get(0).score();
        return new Classification(refusal.intent(), score, false, rankedAt(chosen.ranked(), refusal.intent(), score));
    }

    /**
     * The ranking with this intent listed at the score it was chosen with, best first. A refusal is chosen by how surely
     * its negated words ask for the offer, not by the whole text's likeness to it: {@code POST /api/intent} answered
     * "deny" at 0.717 while its ranking listed "deny" at 0.253, below the intent it refused.
     */
    private static List<Classification.Scored> rankedAt(List<Classification.Scored> ranked, String intent, double score) {
        List<Classification.Scored> at = new ArrayList<>(ranked.stream().filter(s -> !s.intent().equals(intent)).toList());
        at.add(new Classification.Scored(intent, score));
        at.sort(BEST_FIRST);
        return List.copyOf(at);
    }

    /**
     * A guarded request told beside a negated clause ("no quiero estar registrado, eliminen mis datos",
     * "no me sirve, paseme con alguien"): the words outside the negation ask for it on their own, so the
     * negated clause's words (which may lean to "deny") do not hide it. Null when the plain words ask for
     * no guarded intent, or for the one the whole text already wins surely enough, or when the whole text is a need.
     * The whole text may lean to the very request and stay under its threshold, its negated reason weighing it
     * down ("ya no voy a usar el bot borren mis datos"): then the plain words decide.
     */
    private Classification requestBesideNegation(String text, Negated negated, Classification.Scored top, String lang) {
        List<Classification.Scored> ranked = negated.plainRanked();
        String winner = top.intent();
        // A need told with negations stays a need ("no tengo página web, necesito un asesor" is for the challenge step).
        if (ranked.isEmpty() || negation.unaffected().contains(winner) || !negation.guarded().contains(ranked.get(0).intent())
                || ranked.get(0).intent().equals(winner) && top.score() >= intents.get(winner).threshold()
                || negation.onlyWish(negated.plain().text())) {
            return null; // "prefiero que no borren nada": "prefiero que" alone asks for nothing
        }
        // The negated clause itself asks for the winner through an inverse word ("quiero que mi empresa ya no aparezca en
        // su sistema"): the words beside it ("quiero que mi empresa") are its subject, not a request of their own.
        if (negation.inverse().containsKey(winner) && !refusesDespiteInverse(winner, negated, lang)) {
            return null;
        }
        Classification.Scored best = ranked.get(0);
        IntentDefinition definition = intents.get(best.intent());
        // "olvídalo, ya no importa": the words beside the negation may be ones the request is never read with
        if (best.score() < definition.threshold() || !definition.allows(Negation.words(text))) {
            return null;
        }
        return new Classification(best.intent(), best.score(), strong(definition, ranked, 0, text, negated.plain()), ranked);
    }

    /**
     * Whether the intent ranked at {@code i} is clear enough to interrupt a question: a command, well ahead of
     * the next, in a short text with few words foreign to it ({@code words}: the words it was ranked on).
     */
    private boolean strong(IntentDefinition definition, List<Classification.Scored> ranked, int i, String text, Reading words) {
        Classification.Scored best = ranked.get(i);
        double runnerUp = i + 1 < ranked.size() ? ranked.get(i + 1).score() : 0;
        return definition.command() && best.score() >= STRONG && best.score() - runnerUp >= STRONG_MARGIN
                && text.strip().length() <= MAX_COMMAND_LENGTH && foreign(best.intent(), words) <= STRONG_MAX_FOREIGN
                && !negation.toldAsSinceWhen(text);
    }

    /**
     * A negated text's two parts: its plain words, ranked once for the whole classification (both the request
     * beside the negation and every guarded intent's refusal check read them), and its negated words.
     */
    private record Negated(Reading plain, List<Classification.Scored> plainRanked, String words, List<String> clauses) {
    }

    private Negated negated(String clipped, String lang) {
        Negation.Parts parts = negation.parts(clipped);
        Reading plain = Features.read(parts.plain(), negation);
        return new Negated(plain, ranked(plain, lang), parts.negated(), parts.clauses());
    }

    /**
     * Whether the negated words ask for this guarded intent and the rest of the text does not, so the text
     * refuses it ("no necesito asesor"; but "no quiero un robot, quiero una persona" asks). The negated words
     * need only lean to the intent (reach its threshold), not beat every other intent: "retiren mis datos"
     * leans to my_data and delete alike. Unless a negated word is one whose negation asks for the intent
     * itself ({@code inverse} in negation.yml): "no quiero que guarden mis datos" asks to delete them. For an
     * intent that has such words, a negated text without them is always a refusal.
     */
    private boolean negatedRequest(String intent, Negated negated, String lang) {
        if (!negation.guarded().contains(intent)) {
            return false;
        }
        if (asks(intent, negated.plainRanked()) && !negation.onlyWish(negated.plain().text())) {
            return false;
        }
        if (negation.inverse().containsKey(intent)) {
            return refusesDespiteInverse(intent, negated, lang);
        }
        return scoreOf(intent, ranked(negated.words(), lang)) >= intents.get(intent).threshold();
    }

    /**
     * For an intent with inverse words: a negated clause asks for it when an inverse word comes before anything
     * that asks for it ("no quiero que tengan mi número", "no quiero seguir en su base de datos"); the words of a
     * clause before its inverse word, or a whole clause without one, that ask for the intent refuse it ("no borren
     * mis datos guardados", "don't delete my stored data", "no quiero seguir ni que borren mis datos"). Without an
     * inverse word at all the text refuses: "no quiero que retiren nada" shares "no quiero que … nada" with "no
     * quiero que guarden nada mío" and still refuses.
     */
    private boolean refusesDespiteInverse(String intent, Negated negated, String lang) {
        boolean inverted = false;
        for (String clause : negated.clauses()) {
            String before = negation.beforeInverse(intent, clause);
            inverted |= before != null;
            String refused = before != null ? before : clause;
            if (!refused.isBlank() && asks(intent, ranked(refused, lang))) {
                return true;
            }
        }
        return !inverted;
    }

    /** The intent's score in this ranking, whether or not it is the best. */
    private static double scoreOf(String intent, List<Classification.Scored> ranked) {
        return ranked.stream().filter(s -> s.intent().equals(intent))
                .mapToDouble(Classification.Scored::score).findFirst().orElse(0);
    }

    /** Whether this ranking's best is the intent, above its threshold. */
    private boolean asks(String intent, List<Classification.Scored> ranked) {
        return !ranked.isEmpty() && ranked.get(0).intent().equals(intent)
                && ranked.get(0).score() >= intents.get(intent).threshold();
    }

    /** Words ranked without the negation rules (they are one side of a negated text already). */
    private List<Classification.Scored> ranked(String words, String lang) {
        return ranked(Features.read(words, negation), lang);
    }

    // Blank words rank nothing, as words without features do.
    private List<Classification.Scored> ranked(Reading words, String lang) {
        return words.text().isBlank() ? List.of() : rank(words, lang, false);
    }

    private List<Classification.Scored> rank(Reading text, String lang, boolean withNegation) {
        Map<String, Double> scores = new HashMap<>();
        indexes.forEach((indexLang, index) -> index.score(text, withNegation).forEach((intent, score) ->
                scores.merge(intent, indexLang.equals(lang) ? score : score * OTHER_LANGUAGE, Math::max)));
        // A need is told with negations ("no tengo página web"): for such intents the negated words count as plain ones.
        if (withNegation && !negation.unaffected().isEmpty() && text.negates()) {
            indexes.forEach((indexLang, index) -> index.score(text, false).forEach((intent, score) -> {
                if (negation.unaffected().contains(intent)) {
                    scores.merge(intent, indexLang.equals(lang) ? score : score * OTHER_LANGUAGE, Math::max);
                }
            }));
        }
        return scores.entrySet().stream()
                .map(e -> new Classification.Scored(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0))
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * Whether the text shares words with the intent's phrases, in either language, and all of them are common words
     * ({@code common} in negation.yml: how much, how often, when, whose): an answer to a question ("todos", "de todo",
     * "all of us", "todo el tiempo") shares one with a request ("borren todo", "empezar todo de nuevo") and, short, comes
     * close to it. A text that shares no word at all (a typo read through its letters) is left to its score.
     */
    private boolean onlyCommonShared(String intent, Reading text) {
        int words = 0;
        int content = 0;
        int unknown = Integer.MAX_VALUE;
        for (PhraseIndex index : indexes.values()) {
            PhraseIndex.Shared shared = index.shared(intent, text);
            words += shared.words();
            content += shared.content();
            unknown = Math.min(unknown, shared.unknown());
        }
        // A word no phrase of either language knows may be the intent's own word mistyped: "erace my info" met "erase"
        // through its letters, and "my", "info" are common words.
        return words > 0 && content == 0 && unknown == 0;
    }

    /** Rare words of the text unknown to the intent, in the language that knows the text best. */
    int foreign(String intent, Reading text) {
        return indexes.values().stream().mapToInt(index -> index.foreign(intent, text)).min().orElse(0);
    }

    /** The language the text is plainly written in, or null when its words do not tell. */
    String writtenIn(String text) {
        return writtenLanguage.of(text);
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
