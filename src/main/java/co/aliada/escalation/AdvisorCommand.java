package co.aliada.escalation;

import java.util.List;
import java.util.Locale;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Turn;

/**
 * {@code /asesor}: opens a case for a consultant. Why it opened comes from the arguments the offering
 * button carries ({@code /asesor fallback}, {@code /asesor weak-match}, {@code /asesor not-useful}) or from how it was asked.
 */
final class AdvisorCommand implements Command {

    /** The argument of the "reopen my case" button a person gets when a consultant closes their case. */
    static final String REOPEN = "reabrir";
    static final List<String> REASONS = List.of("command", "intent", "button", "fallback", "weak-match", "not-useful");
    private final Escalations escalations;

    AdvisorCommand(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public List<String> names() {
        return CommandName.ADVISOR.names();
    }

    @Override
    public void run(Turn turn, String args) {
        if (args.strip().equalsIgnoreCase(REOPEN) && escalations.reopen(turn)) {
            return;
        }
        escalations.open(turn, reason(turn, args.strip().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    private static String reason(Turn turn, String arg) {
        if (arg.equals("fallback") || arg.equals("weak-match") || arg.equals("not-useful")) {
            return arg;
        }
        if (turn.intent().is("talk_to_human")) {
            return "intent";
        }
        return turn.inbound().kind() == Inbound.Kind.BUTTON ? "button" : "command";
    }
}
