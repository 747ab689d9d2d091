package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Profile;
import co.aliada.onboarding.SectorLabel;
import co.aliada.selfcheck.SelfCheckSummary;

/**
 * {@code /resumen}: one message to forward or keep, with the profile, the self-check level, the
 * challenges by priority and the services recommended for each. {@code /resumen fin} also ends the
 * journey at the menu.
 */
final class SummaryCommand implements co.aliada.conversation.Command {

    static final String END = "fin";

    private final Challenges challenges;
    private final Offerers offerers;
    private final Forwarding forwarding;
    private final ServiceNames names;

    SummaryCommand(Challenges challenges, Offerers offerers, Forwarding forwarding, ServiceNames names) {
        this.forwarding = forwarding;
        this.names = names;
        this.challenges = challenges;
        this.offerers = offerers;
    }

    @Override
    public List<String> names() {
        return CommandName.SUMMARY.names();
    }

    @Override
    public void run(Turn turn, String args) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("summary.title"));
        profile(turn, lines);
        List<Challenge> mine = challenges.of(turn.state().chat()).stream().sorted(Challenge.BY_PRIORITY).toList();
        lines.add("");
        // while a request for an advisor is open, /nuevo_reto would be refused: not offered meanwhile
        lines.add(!mine.isEmpty() ? turn.text("summary.challenges")
                : turn.text(turn.offers(Flow.NEW_CHALLENGE) ? "summary.no-challenges" : "summary.no-challenges.not-now"));
        for (int i = 0; i < mine.size(); i++) {
            Challenge c = mine.get(i);
            String services = c.serviceNames().isEmpty() ? turn.text("summary.no-services")
                    : Html.escape(Trim.words(String.join(", ", names.of(c, turn.lang())), 400));
            String who = offerers.line(turn, c);
            lines.add(MyChallengesCommand.line(turn, i + 1, c) + "\n" + turn.text("summary.services", "services", services)
                    + (who == null ? "" : "\n" + who));
        }
        lines.add("");
        lines.add(turn.text(forwarding.forwards(turn.state().chat()) ? "summary.footer" : "summary.footer.local"));
        String text = Trim.lines(lines, Trim.MESSAGE, left -> turn.text("challenge.mine.more", "count", left));
        // "📋 Reto 1"… as numbered above: the last list's "ℹ️ Más sobre 1", added under it, read as its first challenge
        turn.send(Outbound.text(turn.state().chat(), text).withButtons(ChallengeCommand.buttons(turn, mine)));
        if (END.equalsIgnoreCase(args.strip())) {
            String unanswered = Profile.of(turn.state()).stillToAsk();
            if (unanswered != null && turn.state().consented()) {
                // a challenge started from the profile's first question ended with no sector: the profile comes back
                // now, not the menu (and its "repeat the self-check" to someone who never did one)
                turn.say("summary.profile-missing");
                turn.goTo(unanswered);
            } else {
                turn.goTo(Flow.MENU);
            }
        }
    }

    private static void profile(Turn turn, List<String> lines) {
        ChatState state = turn.state();
        Profile profile = Profile.of(state);
        labelled(turn, lines, "summary.company", profile.company(), null);
        String sector = SectorLabel.of(state, turn.texts(), turn.lang()); // "Otro: venta de repuestos"
        if (sector != null) {
            lines.add(turn.text("summary.sector", "value", sector));
        }
        labelled(turn, lines, "summary.size", profile.size(), "size.");
        labelled(turn, lines, "summary.municipality", profile.municipality(), null);
        String level = SelfCheckSummary.of(state).level();
        lines.add(level != null && turn.texts().has("summary.level." + level)
                ? turn.text("summary.level", "level", turn.text("summary.level." + level))
                : turn.text("summary.no-level"));
    }

    /** Adds a profile line; ids with a label text ({@code sector.ict}) show the label. */
    private static void labelled(Turn turn, List<String> lines, String key, String value, String labelPrefix) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean hasLabel = labelPrefix != null && turn.texts().has(labelPrefix + value);
        lines.add(turn.text(key, "value", hasLabel ? turn.text(labelPrefix + value) : Html.escape(Trim.words(value, 120))));
    }
}
