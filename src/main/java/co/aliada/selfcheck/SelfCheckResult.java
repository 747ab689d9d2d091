package co.aliada.selfcheck;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Profile;

/**
 * Scores a finished self-check, keeps the outcome in the chat state for other features and in the
 * history table, answers with the result and the radar chart, and hands over to the challenges.
 */
final class SelfCheckResult {

    static final String PREFIX = "selfcheck.";
    static final String LEVEL = PREFIX + "level";
    static final String AREA = PREFIX + "area.";
    static final String WEAK = PREFIX + "weak";
    static final String STRONG = PREFIX + "strong";
    static final String DONE = PREFIX + "done";
    static final String NEXT = "challenge";
    static final String CHART = "autodiagnostico.png";

    private final SelfCheckHistory history;
    private final PeerComparison peers;
    private final Clock clock;

    SelfCheckResult(SelfCheckHistory history, Clock clock) {
        this.history = history;
        this.peers = new PeerComparison(history);
        this.clock = clock;
    }

    void finish(Turn turn, SelfCheck check) {
        ChatState state = turn.state();
        Map<String, Integer> answers = new HashMap<>();
        check.questions().forEach(q -> answers.put(q.id(), Answers.answer(state.get(Answers.key(q)), q)));
        Outcome outcome = LevelScorer.score(check, answers);
        state.put(LEVEL, check.level(outcome.rank()).id());
        outcome.areaRanks().forEach((area, rank) -> state.put(AREA + area, check.level(rank).id()));
        state.put(WEAK, String.join(",", outcome.priorities()));
        state.put(STRONG, outcome.strongest());
        state.put(DONE, true);
        Profile profile = Profile.of(state);
        Map<String, Double> previous = state.consented() ? history.latestAverages(state.chat()) : Map.of();
        if (state.consented()) {
            history.save(state.chat(), profile.sector(), profile.size(), outcome, check, clock.instant());
        }
        turn.say("selfcheck.result", "headline", headline(turn, check, outcome),
                "meaning", outcome.belowCommitment() ? turn.text("selfcheck.result.below-meaning")
                        : Html.escape(check.level(outcome.rank()).meaning().in(turn.lang())),
                "profile", ResultProfile.lines(turn, check, outcome),
                "peer", peers.sentence(turn, check, outcome.rank(), profile.sector()),
                "caveat", turn.text("selfcheck.caveat"));
        List<String> areas = check.areas().stream().map(Area::id).toList();
        Progress progress = Progress.between(previous, outcome.averages(), areas);
        boolean compared = !progress.isEmpty() && areas.stream().allMatch(previous::containsKey);
        if (!progress.isEmpty()) {
            turn.say("selfcheck.progress", "changes", progress.sentence(turn, area -> areaName(turn, check, area)));
        }
        String caption = turn.text("selfcheck.chart.caption", "level", levelName(turn, check, outcome.rank()))
                + (compared ? "\n" + turn.text("selfcheck.progress.chart.previous") : "");
        turn.send(Outbound.text(state.chat(), caption).withImage(
                RadarDrawer.recipe(CHART, chart(turn, check, outcome, compared ? previous : null))));
        turn.goTo(NEXT);
    }

    private static String headline(Turn turn, SelfCheck check, Outcome outcome) {
        return turn.text(outcome.belowCommitment() ? "selfcheck.result.below" : "selfcheck.result.level",
                "level", levelName(turn, check, outcome.rank()), "rank", outcome.rank());
    }

    /** The radar; with {@code previous} (every area present) the earlier result is drawn as a second outline. */
    private static RadarDrawer.Recipe chart(Turn turn, SelfCheck check, Outcome outcome, Map<String, Double> previous) {
        List<String> labels = check.areas().stream().map(a -> a.shortName().in(turn.lang())).toList();
        List<Double> values = check.areas().stream().map(a -> outcome.averages().get(a.id())).toList();
        List<Double> before = previous == null ? null : check.areas().stream().map(a -> previous.get(a.id())).toList();
        Locale locale = Texts.ENGLISH.equals(turn.lang()) ? Locale.ENGLISH : new Locale("es", "CO");
        return new RadarDrawer.Recipe(turn.text("selfcheck.chart.title"), labels, values, before, locale.toLanguageTag());
    }

    private static String levelName(Turn turn, SelfCheck check, int rank) {
        return Html.escape(check.level(rank).name().in(turn.lang()));
    }

    private static String areaName(Turn turn, SelfCheck check, String area) {
        return Html.escape(check.area(area).name().in(turn.lang()));
    }
}
