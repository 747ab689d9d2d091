package co.aliada.challenge;

import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /util <challenge> 1|0}: the "did it help?" buttons under a recommendation. */
final class FeedbackCommand implements Command {

    /** The reason the advisor button offered after 👎 carries ({@code /asesor not-useful}); its yes words pick it. */
    static final String NOT_USEFUL = "not-useful";

    private final Challenges challenges;

    FeedbackCommand(Challenges challenges) {
        this.challenges = challenges;
    }

    static String data(long challengeId, boolean useful) {
        return CommandName.USEFUL.slash(challengeId + " " + (useful ? 1 : 0));
    }

    /** The row of 👍 / 👎 under a challenge's list, wherever the list or a part of it is shown. */
    static List<Outbound.Button> row(Turn turn, long challengeId) {
        return List.of(turn.button("challenge.rec.button.useful", data(challengeId, true)),
                turn.button("challenge.rec.button.not-useful", data(challengeId, false)));
    }

    @Override
    public List<String> names() {
        return CommandName.USEFUL.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.split("\\s+");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[01]")
                || challenges.find(turn.state().chat(), Long.parseLong(parts[0])).isEmpty()) {
            turn.say("challenge.feedback.unknown");
            return;
        }
        boolean useful = parts[1].equals("1");
        if (turn.state().consented()) {
            challenges.feedback(turn.state().chat(), Long.parseLong(parts[0]), useful);
        }
        turn.send(turn.message(useful ? "challenge.feedback.thanks-up" : "challenge.feedback.thanks-down")
                .withButtons(WayForward.afterRecommendation(turn, !useful, useful ? "" : " " + NOT_USEFUL)));
    }
}
