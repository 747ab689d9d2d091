package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/** {@code /mis_retos}: the chat's challenges, highest priority first (see {@link Challenge#BY_PRIORITY}). */
final class MyChallengesCommand implements Command {

    private final Challenges challenges;
    private final Offerers offerers;

    MyChallengesCommand(Challenges challenges, Offerers offerers) {
        this.challenges = challenges;
        this.offerers = offerers;
    }

    @Override
    public List<String> names() {
        return CommandName.MY_CHALLENGES.names();
    }

    @Override
    public void run(Turn turn, String args) {
        List<Challenge> mine = challenges.of(turn.state().chat()).stream().sorted(Challenge.BY_PRIORITY).toList();
        Outbound.Button another = turn.button("challenge.button.another", Flow.NEW_CHALLENGE);
        // at "¿Lo dejamos así?" the challenge half written was "no challenges yet", and writing "the first" lost it
        Outbound.Button finish = Flow.resumeStep(turn.state()) == null ? null : turn.button("challenge.button.finish", Flow.FINISH_DRAFT);
        if (mine.isEmpty() && finish != null) {
            turn.send(turn.message("challenge.mine.empty-draft", "text", Flow.draftShown(turn.state())).withButtons(Turn.column(finish)));
            return;
        }
        if (mine.isEmpty() && !turn.offers(Flow.NEW_CHALLENGE)) {
            // a request for an advisor is open: the first challenge waits until it is closed, and no tap says otherwise
            Outbound.Button instead = turn.instead();
            turn.send(turn.message("challenge.mine.empty.not-now").withButtons(instead == null ? List.of() : Turn.column(instead)));
            return;
        }
        if (mine.isEmpty()) {
            // "¿Escribimos el primero?" under "➕ Otro reto" read as if one were there already
            turn.send(turn.message("challenge.mine.empty").withButtons(Turn.column(turn.button("challenge.button.first", Flow.NEW_CHALLENGE))));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("challenge.mine.title", "count", mine.size()));
        for (int i = 0; i < mine.size(); i++) {
            String who = offerers.line(turn, mine.get(i));
            lines.add(line(turn, i + 1, mine.get(i)) + (who == null ? "" : "\n   " + who));
        }
        lines.add(turn.text("challenge.mine.how"));
        lines.add(turn.text("challenge.mine.open"));
        String text = Trim.lines(lines, Trim.MESSAGE, left -> turn.text("challenge.mine.more", "count", left));
        Outbound.Button summary = turn.button("summary.button", CommandName.SUMMARY.slash());
        if (finish == null) {
            turn.send(Outbound.text(turn.state().chat(), text).withButtons(ChallengeCommand.buttons(turn, mine, Turn.column(another, summary))));
            return;
        }
        turn.send(Outbound.text(turn.state().chat(), text).withButtons(ChallengeCommand.buttons(turn, mine)));
        turn.send(turn.message("challenge.mine.draft", "text", Flow.draftShown(turn.state()))
                .withButtons(Turn.column(finish, another, summary)));
    }

    static String line(Turn turn, int n, Challenge c) {
        return turn.text("challenge.mine.item", "n", n, "hmw", Html.escape(Trim.words(c.howMightWe(), 300)),
                "priority", c.priority(), "urgency", c.urgency(), "feasibility", c.feasibility(), "impact", c.impact());
    }
}
