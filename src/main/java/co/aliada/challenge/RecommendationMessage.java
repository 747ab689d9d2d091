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

    private RecommendationMessage() {
    }

    static Outbound build(Turn turn, Challenge challenge, MatchResult result, boolean weak) {
        if (weak) {
            String offer = turn.hasCommand(Flow.HUMAN) ? "\n\n" + turn.text("challenge.rec.weak.offer") : "";
            String text = turn.text("challenge.rec.weak", "hmw", Html.escape(Trim.words(challenge.howMightWe(), LINE)));
            // the offer asks "¿Quiere hablar con uno?": its button carries the reason, and its own yes words
            return new Outbound(turn.state().chat(), text + offer, closingButtons(turn, new ArrayList<>(), " weak-match"), null, null);
        }
        List<MatchResult.Service> services = top(result);
        String header = turn.text("challenge.rec.header", "hmw", Html.escape(Trim.words(challenge.howMightWe(), LINE)),
                "pillar", Html.escape(result.pillar() == null ? services.get(0).pillar() : result.pillar().name()));
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
            rows.add(List.of(turn.button("challenge.rec.button.useful", FeedbackCommand.data(challenge.id(), true)),
                    turn.button("challenge.rec.button.not-useful", FeedbackCommand.data(challenge.id(), false))));
        }
        return new Outbound(turn.state().chat(), header + body + "\n\n" + footer, closingButtons(turn, rows, ""), null, null);
    }

    /** What the person wrote, and the context they added, for the "why it fits" line. */
    private static String said(Challenge challenge) {
        return challenge.text() + (challenge.context() == null ? "" : " " + challenge.context());
    }

    static List<MatchResult.Service> top(MatchResult result) {
        return result.services().subList(0, Math.min(Recommender.TOP, result.services().size()));
    }

    private static List<List<Outbound.Button>> closingButtons(Turn turn, List<List<Outbound.Button>> rows, String humanReason) {
        rows.add(List.of(turn.button("challenge.button.another", Flow.NEW_CHALLENGE),
                turn.button("challenge.button.done", Flow.SUMMARY_END)));
        if (turn.hasCommand(Flow.HUMAN)) {
            rows.add(List.of(turn.button("common.button.human", "/" + Flow.HUMAN + humanReason)));
        }
        return rows;
    }
}
