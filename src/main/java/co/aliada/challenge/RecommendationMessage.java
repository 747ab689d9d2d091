package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * The answer to a confirmed challenge: the pillar, the top services with one line each, who offers
 * them and how to reach them, within Telegram's 4,096 characters; or, for a weak match, an honest
 * "nothing fits well" with a consultant on offer.
 */
final class RecommendationMessage {

    static final int NAME = 120;
    static final int LINE = 300;

    /** The reason the advisor button after a weak list carries ({@code /asesor weak-match}). */
    static final String WEAK_MATCH = "weak-match";

    private RecommendationMessage() {
    }

    /** The name of the pillar with this id among the result's, or the id where the result does not list it. */
    private static String pillarName(MatchResult result, String id) {
        return result.pillars().stream().filter(p -> p.id().equals(id)).map(MatchResult.Pillar::name).findFirst().orElse(id);
    }

    static Outbound build(Turn turn, Challenge challenge, MatchResult result, boolean weak) {
        return build(turn, challenge, result, weak, false);
    }

    /**
     * The message again for a saved challenge ({@code /reto}), days later perhaps: its services as {@code result} lists
     * them (none where nothing fitted well then), a button to delete it, and the ways on from anywhere instead of the
     * question that followed the list then.
     */
    static Outbound again(Turn turn, Challenge challenge, MatchResult result) {
        return build(turn, challenge, result, challenge.services().isEmpty(), true);
    }

    private static Outbound build(Turn turn, Challenge challenge, MatchResult result, boolean weak, boolean again) {
        if (weak) {
            String offer = turn.hasCommand(Flow.HUMAN) ? "\n\n" + turn.text("challenge.rec.weak.offer") : "";
            String text = turn.text("challenge.rec.weak", "hmw", Html.escape(Trim.words(challenge.howMightWe(), LINE)));
            // the offer asks "¿Quiere hablar con uno?": its button carries the reason, and its own yes words
            return new Outbound(turn.state().chat(), text + offer, again ? againButtons(turn, new ArrayList<>(), challenge, true)
                    : closingButtons(turn, new ArrayList<>(), " " + WEAK_MATCH), null, null);
        }
        List<MatchResult.Service> services = top(result);
        String hmw = Html.escape(Trim.words(challenge.howMightWe(), LINE));
        String first = pillarName(result, services.get(0).pillar());
        String best = result.pillar() == null ? first : result.pillar().name();
        // the first service may belong to another pillar than the best one overall: both are named, never one that
        // the first service contradicts
        String header = best.equals(first)
                ? turn.text("challenge.rec.header", "hmw", hmw, "pillar", Html.escape(best))
                : turn.text("challenge.rec.header.two", "hmw", hmw, "pillar", Html.escape(best), "other", Html.escape(first));
        String footer = turn.text(challenge.id() > 0 ? "challenge.rec.footer" : "challenge.rec.footer.unsaved");
        int budget = Trim.MESSAGE - header.length() - footer.length() - 4;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < services.size(); i++) {
            int share = (budget - body.length()) / (services.size() - i);
            body.append("\n\n").append(Trim.lines(ServiceLines.brief(turn, services.get(i), i + 1, said(challenge)), share - 2,
                    left -> turn.text("challenge.rec.more-institutions", "count", left)));
        }
        List<List<Outbound.Button>> rows = new ArrayList<>();
        if (challenge.id() > 0) {
            for (int i = 0; i < services.size(); i++) {
                rows.add(List.of(ServiceCommand.button(turn, challenge.id(), i, services.get(i).name())));
            }
            rows.add(FeedbackCommand.row(turn, challenge.id()));
        }
        return new Outbound(turn.state().chat(), header + body + "\n\n" + footer,
                again ? againButtons(turn, rows, challenge, false) : closingButtons(turn, rows, ""), null, null);
    }

    private static List<List<Outbound.Button>> againButtons(Turn turn, List<List<Outbound.Button>> rows, Challenge challenge,
                                                            boolean advisorFirst) {
        List<List<Outbound.Button>> ways = WayForward.afterRecommendation(turn, advisorFirst);
        int another = 0; // the delete button goes just above "➕ Otro reto": below the advisor a weak list offers first
        while (another < ways.size() && ways.get(another).stream().noneMatch(b -> b.data().equals(Flow.NEW_CHALLENGE))) {
            another++;
        }
        ways.add(another, List.of(DeleteChallengeCommand.button(turn, challenge.id())));
        rows.addAll(ways);
        return rows;
    }

    /** What the person wrote, and the context they added, for the "why it fits" line. */
    private static String said(Challenge challenge) {
        return challenge.text() + (challenge.context() == null ? "" : " " + challenge.context());
    }

    static List<MatchResult.Service> top(MatchResult result) {
        return result.services().subList(0, Math.min(Recommender.TOP, result.services().size()));
    }

    /** "➕ Otro reto" and "Terminar" side by side, and a person below when this channel has one. */
    static List<List<Outbound.Button>> closingButtons(Turn turn, List<List<Outbound.Button>> rows, String humanReason) {
        rows.add(List.of(turn.button("challenge.button.another", Flow.NEW_CHALLENGE),
                turn.button("challenge.button.done", Flow.SUMMARY_END)));
        if (turn.hasCommand(Flow.HUMAN)) {
            rows.add(List.of(turn.button("common.button.human", "/" + Flow.HUMAN + humanReason)));
        }
        return rows;
    }
}
