package co.aliada.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Matches a text against the live catalogue index. Each call takes one index version and uses it
 * to the end, so a reload in the middle never mixes versions nor fails the search.
 */
final class LuceneMatcher implements Matcher {

    /** Raw scores below this are noise (greetings, thanks, off-topic); calibrated on the development set. */
    static final double THRESHOLD = 4.0;
    /** How much a pillar that fits the journey's context (driver, weak areas) is nudged; small on purpose. */
    static final double CONTEXT_NUDGE = 0.05;
    private static final int CANDIDATES = 20;
    /** What each word of a goal phrase found whole in the text adds to a service's score. */
    static final double GOAL_WEIGHT = 3.0;

    /** Share of the best text score a service gains at classifier posterior 1 (see {@link ServiceClassifier}). */
    static final double CLASSIFIER_WEIGHT = 0.5;
    /** A service the text barely touches is not brought in by the classifier alone below this posterior. */
    private static final double CLASSIFIER_FLOOR = 0.05;

    /** How much the cause a text tells ("... porque la ropa destiñe") adds, as a share of its own ranking: see {@code CauseWeightTests}. */
    static final double CAUSE_WEIGHT = 3.0;
    /** Words a cause needs to explain something: see {@link #withCause}. */
    static final int MIN_CAUSE_WORDS = 2;
    /** Words what is asked needs, once who is asking is set aside, to be ranked on its own. */
    static final int MIN_ASKED_WORDS = 2;

    /**
     * Share of the ranking given to what the text asks once the parts that only say who is asking are set aside
     * ("tengo una empresa de software y quiero más clientes"); the whole text keeps the rest: see {@code IdentityWeightTests}.
     */
    static final double ASKED_SHARE = 0.75;

    /**
     * Weight of the ranking of the context a person adds to a text (who is affected, what was tried), the text's own
     * ranking counting 1: the text leads. See {@code ContextWeightTests}.
     */
    static final double CONTEXT_WEIGHT = 0.5;

    /**
     * Share of the best score the service of a launched product whose progress is not known gains ("sacamos el yogur
     * hace 4 meses y no sabemos si se vende"): at 1 it goes first, over the product's own words. See {@link LaunchClause}.
     */
    static final double LAUNCH_LIFT = 1.0;
    /**
     * Share of the best score the services that plan a product still to bring out gain ("queremos lanzar una app para
     * pedir domicilios"): over 1, so they go first even when the text has none of their words. See {@link LaunchClause#plans}.
     */
    static final double PLAN_LIFT = 1.05;
    /**
     * Share of the best score sales training gains when a text tells sales staff who do not sell ("los muchachos de la
     * tienda no saben ofrecer los productos"): over 1, so it goes first over the staff's own words. See {@link StaffClause}.
     */
    static final double STAFF_LIFT = 1.05;
    /**
     * Share of the best score talent development gains when a text tells a person still to hire ("quiero contratar una
     * persona que me lleve la contabilidad"): over 1, so it goes first over the skill's own service. See {@link HiringClause}.
     */
    static final double HIRING_LIFT = 1.05;
    /**
     * Share of the best score quality testing and process advice gain when a text tells produce damaged on the way ("el
     * tomate llega estripado por los huecos de la carretera"): over 1, so they go first over the way's own words
     * (distribution channels, market entry). See {@link HandlingClause}.
     */
    static final double HANDLING_LIFT = 1.05;
    /** What is left of the score of a service for a product still to make, when the text tells one already out. */
    static final double LAUNCH_LOWERED = 0.5;

    private final Supplier<CatalogIndex> index;
    private final double classifierWeight;
    private final double causeWeight;
    private final double askedShare;
    private final double contextWeight;

    LuceneMatcher(Supplier<CatalogIndex> index) {
        this(index, CLASSIFIER_WEIGHT, CAUSE_WEIGHT);
    }

    /** With another fusion weight: how {@code FusionWeightTests} compares weights by cross-validation. */
    LuceneMatcher(Supplier<CatalogIndex> index, double classifierWeight) {
        this(index, classifierWeight, CAUSE_WEIGHT);
    }

    /** With other weights: how the weights' tests compare them. */
    LuceneMatcher(Supplier<CatalogIndex> index, double classifierWeight, double causeWeight) {
        this(index, classifierWeight, causeWeight, ASKED_SHARE);
    }

    /** With other weights, the share of what is asked included. */
    LuceneMatcher(Supplier<CatalogIndex> index, double classifierWeight, double causeWeight, double askedShare) {
        this(index, classifierWeight, causeWeight, askedShare, CONTEXT_WEIGHT);
    }

    /** With other weights, the context's included. */
    LuceneMatcher(Supplier<CatalogIndex> index, double classifierWeight, double causeWeight, double askedShare, double contextWeight) {
        this.index = index;
        this.contextWeight = contextWeight;
        this.classifierWeight = classifierWeight;
        this.causeWeight = causeWeight;
        this.askedShare = askedShare;
    }

    @Override
    public MatchResult match(MatchQuery query) {
        CatalogIndex live = index.get();
        String lang = "en".equals(query.lang()) ? "en" : "es";
        QueryBuilder.Built built = QueryBuilder.build(live, query.text() == null ? "" : query.text(), lang);
        if (built == null) {
            return MatchResult.nothing();
        }
        List<Scored> ranked = search(live, built, query);
        // "none" is decided on the text score alone, before the classifier: it is the calibrated, edit-robust part.
        if (ranked.isEmpty() || ranked.get(0).score() < THRESHOLD) {
            return MatchResult.nothing();
        }
        // One stray word of a long phrase ("noche" of "cuanto cobrar por noche") is not a challenge: see Evidence. Nor is a
        // text that only says who is asking ("I run a small coffee roastery in Popayan"): no wish or trouble yet.
        if (!isChallenge(live, built, ranked, query.text())) {
            return MatchResult.nothing();
        }
        String setAside = live.identity().asked(query.text()); // read once: the ranking below weighs what is left
        if (live.identity().onlyWhoIsAsking(query.text(), setAside)) {
            return MatchResult.nothing();
        }
        // Parts that ask about the bot, an institution's hours or a job are set aside, and so are sentences addressed to
        // the bot that say nothing of the writer's own business: the rest must still be a challenge.
        String rest = withoutToTheBot(live, live.notChallenges().rest(query.text()), query.text());
        if (rest != null) {
            QueryBuilder.Built restBuilt = QueryBuilder.build(live, rest, lang);
            if (restBuilt == null || !isChallenge(live, restBuilt, search(live, restBuilt, query), rest)) {
                return MatchResult.nothing();
            }
        }
        List<Scored> asked = withAsked(live, fuse(live, built, ranked), query, lang, setAside);
        List<Scored> told = withContext(live, withCause(live, asked, query, lang), query, lang);
        // Only once the text is a challenge: a launch told never turns a message into one (one still to come counts as
        // evidence above, beside a score over the threshold). Each lift is a share of the best score so far, so the last
        // read goes first where a text tells several: staff who do not sell, then a person to hire, then damage on the way.
        List<Scored> lifted = withLaunch(live, told, query.text());
        lifted = withLift(live, lifted, live.handling(), HANDLING_LIFT, query.text());
        lifted = withLift(live, lifted, live.hiring(), HIRING_LIFT, query.text());
        lifted = withLift(live, lifted, live.staff(), STAFF_LIFT, query.text());
        return Answers.of(live, lifted, lang, Math.max(1, query.limit()));
    }

    @Override
    public boolean onlySaysWhoIsAsking(String text) {
        return text != null && index.get().identity().onlyWhoIsAsking(text);
    }

    /** What is left once the sentences addressed to the bot are set aside from the rest, or the rest when none is. */
    private static String withoutToTheBot(CatalogIndex live, String rest, String text) {
        String left = live.toTheBot().rest(rest == null ? text : rest);
        return left == null ? rest : left;
    }

    /**
     * Whether a text is a challenge: its own ranking says so, or it tells a product still to bring out ("queremos
     * lanzar unos snacks de platano…", see {@link LaunchClause#plans}) with a score over the threshold: the product's
     * own words are seldom any service's evidence. News of a launch already made ("mi primo lanzo su cancion") has no
     * launch verb to come, and a campaign or a promotion is no product. Sales staff who do not sell and produce damaged
     * on the way ("the tomatoes get crushed in the crates on the bumpy road") count the same way.
     */
    private static boolean isChallenge(CatalogIndex live, QueryBuilder.Built built, List<Scored> ranked, String text) {
        return isChallenge(live, built, ranked)
                || !ranked.isEmpty() && ranked.get(0).score() >= THRESHOLD
                        && (live.launch().plans(text) || live.staff().tells(text) || live.handling().tells(text));
    }

    /** Whether a text's own ranking says it is a challenge: a score over the threshold with a goal or the evidence. */
    private static boolean isChallenge(CatalogIndex live, QueryBuilder.Built built, List<Scored> ranked) {
        return ranked.stream().anyMatch(s -> s.score() >= THRESHOLD
                && (s.goal() || live.evidence().supports(s.service().id(), built.terms(), built.nearTerms())));
    }

    /**
     * The context a person added (who is affected, what was tried) is ranked on its own, as a text, and added at
     * {@code contextWeight}: it re-orders what the text left close, but its words do not outweigh the text's ("we tried
     * instagram but no sales" beside a wish to export must not bring sales training in). A context the catalogue does not recognise as a
     * challenge ("no hemos intentado nada") adds nothing.
     */
    private List<Scored> withContext(CatalogIndex live, List<Scored> ranked, MatchQuery query, String lang) {
        String context = query.context();
        QueryBuilder.Built built = contextWeight == 0 || context == null || context.isBlank() ? null : QueryBuilder.build(live, context, lang);
        List<Scored> contextRanked = built == null ? List.of() : search(live, built, query);
        if (contextRanked.isEmpty() || contextRanked.get(0).score() < THRESHOLD) {
            return ranked;
        }
        Map<String, Double> sum = new HashMap<>();
        ranked.forEach(s -> sum.put(s.service().id(), s.score()));
        fuse(live, built, contextRanked).forEach(s -> sum.merge(s.service().id(), contextWeight * s.score(), Double::sum));
        return sorted(live, sum);
    }

    /**
     * When part of the text only says who is asking ("somos una cooperativa de café", "my staff are great"), the
     * rest (what they want, what goes wrong) is ranked on its own and given {@code askedShare} of the ranking: the
     * services must follow the wish or the trouble, not the trade. Nothing changes when the rest is under two words.
     */
    private List<Scored> withAsked(CatalogIndex live, List<Scored> ranked, MatchQuery query, String lang, String setAside) {
        String asked = askedShare == 0 ? null : setAside;
        QueryBuilder.Built built = asked == null ? null : QueryBuilder.build(live, asked, lang);
        if (built == null || CatalogAnalyzer.words(live.queryAnalyzer(built.writtenIn()), Fields.name(built.writtenIn()), asked) < MIN_ASKED_WORDS) {
            return ranked;
        }
        List<Scored> askedRanked = search(live, built, query);
        if (askedRanked.isEmpty()) {
            return ranked;
        }
        Map<String, Double> sum = new HashMap<>();
        ranked.forEach(s -> sum.put(s.service().id(), (1 - askedShare) * s.score()));
        fuse(live, built, askedRanked).forEach(s -> sum.merge(s.service().id(), askedShare * s.score(), Double::sum));
        return sorted(live, sum);
    }

    /**
     * When the text tells a cause, the cause's own ranking (text signals and classifier, as for the whole text)
     * is added at {@code causeWeight}: the service that helps is the cause's, not the symptom's.
     */
    private List<Scored> withCause(CatalogIndex live, List<Scored> ranked, MatchQuery query, String lang) {
        String cause = causeWeight == 0 ? null : live.causes().of(query.text());
        QueryBuilder.Built built = cause == null ? null : QueryBuilder.build(live, cause, lang);
        // A cause of one word restates the symptom ("... porque no se vende") rather than explaining it.
        if (built != null && CatalogAnalyzer.words(live.queryAnalyzer(built.writtenIn()), Fields.name(built.writtenIn()), cause) < MIN_CAUSE_WORDS) {
            return ranked;
        }
        List<Scored> causeRanked = built == null ? List.of() : search(live, built, query);
        if (causeRanked.isEmpty()) {
            return ranked;
        }
        Map<String, Double> sum = new HashMap<>();
        ranked.forEach(s -> sum.put(s.service().id(), s.score()));
        fuse(live, built, causeRanked).forEach(s -> sum.merge(s.service().id(), causeWeight * s.score(), Double::sum));
        return sorted(live, sum);
    }

    /**
     * When the text tells a product already out whose progress nobody knows, the services that follow it gain
     * {@link #LAUNCH_LIFT} of the best score and those for a product still to make keep {@link #LAUNCH_LOWERED} of theirs:
     * the product's words ("yogur", "app", "tour") otherwise lead to making one or to the technology pillar. The text is
     * read once for that and for a product still to bring out ({@link LaunchClause#read}).
     */
    private static List<Scored> withLaunch(CatalogIndex live, List<Scored> ranked, String text) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        LaunchClause launch = live.launch();
        return switch (launch.read(text)) {
            case LAUNCHED -> lifted(live, ranked, launch.lifts(), LAUNCH_LIFT, launch.lowers());
            // a product still to bring out ("queremos lanzar una app para…"): the services that plan one gain PLAN_LIFT,
            // so a technology project or a channel named by the product does not come first
            case TO_LAUNCH -> lifted(live, ranked, launch.planServices(), PLAN_LIFT, List.of());
            case NEITHER -> ranked;
        };
    }

    /**
     * When the text tells what the clause looks for, its services gain {@code share} of the best score: sales staff
     * who do not sell ({@link #STAFF_LIFT}: the staff's words otherwise lead to developing people), a person still to
     * hire ({@link #HIRING_LIFT}: the skill otherwise leads to its own service), produce damaged on the way
     * ({@link #HANDLING_LIFT}: the truck and the road otherwise lead to distribution channels).
     */
    private static List<Scored> withLift(CatalogIndex live, List<Scored> ranked, LiftingClause clause, double share, String text) {
        return ranked.isEmpty() || !clause.tells(text) ? ranked : lifted(live, ranked, clause.lifts(), share, List.of());
    }

    /**
     * The ranking with these services gaining this share of the best score, and those {@code lowered} keeping
     * {@link #LAUNCH_LOWERED} of theirs.
     */
    private static List<Scored> lifted(CatalogIndex live, List<Scored> ranked, List<String> lifts, double share, List<String> lowered) {
        double top = ranked.get(0).score();
        Map<String, Double> scores = new HashMap<>();
        ranked.forEach(s -> scores.put(s.service().id(), s.score()));
        lowered.forEach(id -> scores.computeIfPresent(id, (k, score) -> LAUNCH_LOWERED * score));
        lifts.stream().filter(id -> live.service(id) != null).forEach(id -> scores.merge(id, share * top, Double::sum));
        return sorted(live, scores);
    }

    /** Adds the classifier's opinion, in units of the best text score, and re-ranks. */
    private List<Scored> fuse(CatalogIndex live, QueryBuilder.Built built, List<Scored> ranked) {
        Map<String, Double> posterior = live.classifier().posterior(built.terms());
        double top = ranked.get(0).score();
        Map<String, Double> fused = new HashMap<>();
        ranked.forEach(s -> fused.put(s.service().id(), s.score()));
        posterior.forEach((id, p) -> {
            if (p >= CLASSIFIER_FLOOR || fused.containsKey(id)) {
                fused.merge(id, classifierWeight * top * p, Double::sum);
            }
        });
        return sorted(live, fused);
    }

    private static List<Scored> sorted(CatalogIndex live, Map<String, Double> scores) {
        List<Scored> result = new ArrayList<>();
        scores.forEach((id, score) -> result.add(new Scored(live.service(id), score)));
        result.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.service().id()));
        return result;
    }

    private static List<Scored> search(CatalogIndex live, QueryBuilder.Built built, MatchQuery query) {
        Catalog catalog = live.catalog();
        Map<String, Double> nudge = new HashMap<>();
        for (Pillar p : catalog.pillars()) {
            double n = 1.0;
            n += query.driver() != null && p.drivers().contains(query.driver()) ? CONTEXT_NUDGE : 0;
            n += query.weakAreas().stream().limit(2).anyMatch(p.areas()::contains) ? CONTEXT_NUDGE : 0;
            nudge.put(p.id(), n);
        }
        try {
            TopDocs top = live.searcher().search(built.query(), CANDIDATES);
            Map<String, Double> scores = new HashMap<>();
            StoredFields stored = live.searcher().storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                scores.put(stored.document(hit.doc).get(Fields.ID), (double) hit.score);
            }
            Map<String, Integer> goals = live.goals().covered(built.terms());
            goals.forEach((id, words) -> scores.merge(id, GOAL_WEIGHT * words, Double::sum));
            List<Scored> ranked = new ArrayList<>();
            scores.forEach((id, score) -> {
                Service service = live.service(id);
                ranked.add(new Scored(service, score * nudge.getOrDefault(service.pillar(), 1.0), goals.containsKey(id)));
            });
            ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.service().id()));
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Scored(Service service, double score, boolean goal) {

        Scored(Service service, double score) {
            this(service, score, false);
        }
    }
}
