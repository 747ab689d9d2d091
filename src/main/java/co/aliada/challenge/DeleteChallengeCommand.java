package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * {@code /borrar_reto <id>}: deletes one saved challenge after a yes/no, and only it: the other challenges, the
 * profile and the self-check stay ({@code /borrar_datos} erases everything). With no id it asks which one.
 */
final class DeleteChallengeCommand implements Command {

    static final String YES = "si";
    static final String NO = "no";

    private final Challenges challenges;

    DeleteChallengeCommand(Challenges challenges) {
        this.challenges = challenges;
    }

    static String data(long challengeId) {
        return CommandName.DELETE_CHALLENGE.slash(String.valueOf(challengeId));
    }

    /** The yes of the question that asks to confirm: while it is on screen, "sí, bórrelo" answers it. */
    static String yes(long challengeId) {
        return data(challengeId) + " " + YES;
    }

    static Outbound.Button button(Turn turn, long challengeId) {
        return turn.button("challenge.delete.button", data(challengeId));
    }

    /** Whether "¿Cuál reto quiere borrar?" is on screen with this challenge as its n-th: "el reto 2" then picks it. */
    static boolean offeredAmongOthers(Turn turn, int n, Challenge challenge) {
        return which(turn, n).equals(turn.state().buttonLabel(data(challenge.id())));
    }

    static String which(Turn turn, int n) {
        return turn.text("challenge.delete.button.which", "n", n);
    }

    @Override
    public List<String> names() {
        return CommandName.DELETE_CHALLENGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+");
        if (args.isBlank()) {
            which(turn);
            return;
        }
        Optional<Challenge> challenge = parts.length <= 2 && parts[0].matches("\\d{1,18}")
                ? challenges.find(turn.state().chat(), Long.parseLong(parts[0])) : Optional.empty();
        if (challenge.isEmpty()) {
            turn.say("challenge.feedback.unknown"); // deleted already (a second tap), or another chat's
            return;
        }
        String answer = parts.length == 2 ? parts[1] : "";
        if (answer.equals(YES)) {
            challenges.delete(turn.state().chat(), challenge.get().id());
            int left = challenges.of(turn.state().chat()).size();
            turn.send(turn.message("challenge.delete.done", "hmw", hmw(challenge.get()), "count", left)
                    .withButtons(WayForward.afterRecommendation(turn, false)));
        } else if (answer.equals(NO)) {
            turn.send(turn.message("challenge.delete.kept").withButtons(WayForward.afterRecommendation(turn, false)));
        } else {
            confirm(turn, challenge.get());
        }
    }

    /** Asks before deleting: a bare "sí" is asked to tap, as for erasing all the data; its own words answer it. */
    void confirm(Turn turn, Challenge challenge) {
        turn.send(turn.message("challenge.delete.confirm", "hmw", hmw(challenge)).withButtons(turn.yesNoIrreversible(
                turn.button("challenge.delete.button.yes", yes(challenge.id())),
                turn.button("challenge.delete.button.no", data(challenge.id()) + " " + NO))));
    }

    /** "borrar reto" naming none: the only one, or which of them, numbered as /mis_retos numbers them. */
    void which(Turn turn) {
        List<Challenge> mine = challenges.of(turn.state().chat()).stream().sorted(Challenge.BY_PRIORITY).toList();
        if (mine.isEmpty()) {
            turn.say("challenge.delete.none");
            return;
        }
        if (mine.size() == 1) {
            confirm(turn, mine.get(0));
            return;
        }
        List<String> lines = new ArrayList<>();
        List<Outbound.Button> buttons = new ArrayList<>();
        lines.add(turn.text("challenge.delete.which"));
        for (int i = 0; i < mine.size(); i++) {
            lines.add(turn.text("challenge.delete.which.item", "n", i + 1, "hmw", hmw(mine.get(i))));
            buttons.add(new Outbound.Button(which(turn, i + 1), data(mine.get(i).id())));
        }
        String text = Trim.lines(lines, Trim.MESSAGE, left -> turn.text("challenge.mine.more", "count", left));
        turn.send(Outbound.text(turn.state().chat(), text).withButtons(Turn.rows(3, buttons)));
    }

    private static String hmw(Challenge challenge) {
        return Html.escape(Trim.words(challenge.howMightWe(), RecommendationMessage.LINE));
    }
}
