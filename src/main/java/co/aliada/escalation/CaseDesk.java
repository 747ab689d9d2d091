package co.aliada.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything said in the consultants' chat: the case buttons, replies to the bot's messages, and the
 * consultants' commands ({@code /casos}, {@code /soy}). That chat is never a journey: an entrepreneur's
 * command gets the consultants' help, and talk among consultants is left alone.
 */
final class CaseDesk implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(CaseDesk.class);
    /** Every name of the entrepreneurs' commands: here they get the consultants' help (other bots' commands are left alone). */
    private static final Set<String> ENTREPRENEURS = Arrays.stream(CommandName.values())
            .filter(c -> c != CommandName.CASES && c != CommandName.I_AM && c != CommandName.MY_CASES)
            .flatMap(c -> c.names().stream()).collect(Collectors.toUnmodifiableSet());

    private final ConsultantsChat group;
    private final CaseActions actions;

    CaseDesk(ConsultantsChat group, CaseActions actions) {
        this.group = group;
        this.actions = actions;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        if (!group.is(in.chat())) {
            return false;
        }
        switch (in.kind()) {
            case BUTTON -> button(in, turn);
            case COMMAND -> command(in, turn);
            case TEXT -> {
                if (in.replyTo() == null) {
                    return true; // consultants talking among themselves
                }
                if (in.edited()) {
                    List<Long> about = CaseTag.all(in.replyTo());
                    if (about.size() == 1) {
                        actions.correct(about.get(0), in, turn); // a correction of a reply that went to one case
                    }
                    return true;
                }
                List<Long> named = CaseTag.all(in.replyTo());
                if (in.topical() && !actions.ownsTaken(named, in)) {
                    return true; // said in a case's topic, not to its person: only the owner speaks for the desk there
                }
                if (named.size() == 1) {
                    actions.answer(named.get(0), in, in.payload(), turn);
                } else {
                    // a list of cases, or a message about none: guessing could tell one person another's business
                    actions.askWhich(named, in, turn);
                }
            }
            case UNSUPPORTED -> {
                List<Long> named = CaseTag.all(in.replyTo());
                if (in.replyTo() == null) {
                    return true; // a file shared among consultants
                }
                if (in.topical() && !actions.ownsTaken(named, in)) {
                    return true; // a file shared in a case's topic, among consultants
                }
                if (in.media() == null) {
                    if (!named.isEmpty()) {
                        actions.onlyText(turn); // a poll, a contact: nothing the person's chat can be given as it is
                    }
                } else if (named.size() == 1) {
                    actions.answer(named.get(0), in, in.media(), turn);
                } else {
                    actions.askWhich(named, in, turn);
                }
            }
        }
        return true;
    }

    /** Only the consultants' commands work here; an entrepreneur's command gets the consultants' help instead. */
    private void command(Inbound in, Turn turn) {
        String name = in.commandName().replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
        if (CommandName.CASES.names().contains(name)) {
            actions.list(turn, null);
        } else if (CommandName.MY_CASES.names().contains(name) && in.user() != null) {
            actions.list(turn, in.user());
        } else if (CommandName.I_AM.names().contains(name)) {
            actions.iAm(in, turn);
        } else if (ENTREPRENEURS.contains(name)) {
            actions.help(turn);
        }
    }

    private void button(Inbound in, Turn turn) {
        String data = in.payload();
        Long id = idAfter(data, CaseCard.TAKE);
        if (id != null) {
            actions.take(id, in, turn);
            return;
        }
        id = idAfter(data, CaseCard.CLOSE);
        if (id != null) {
            actions.close(id, in, turn);
            return;
        }
        if (data.startsWith(CaseActions.END)) {
            String[] idOutcome = data.substring(CaseActions.END.length()).split(":", 2);
            id = idAfter(idOutcome[0], "");
            if (id != null && idOutcome.length == 2) {
                actions.end(id, idOutcome[1], in, turn);
                return;
            }
        }
        id = idAfter(data, CaseActions.REASSIGN);
        if (id != null) {
            actions.reassign(id, in, turn);
            return;
        }
        id = idAfter(data, CaseActions.PICK);
        if (id != null) {
            actions.pick(id, in, turn);
            return;
        }
        log.warn("unknown button in the consultants' chat; ignored");
    }

    private static Long idAfter(String data, String prefix) {
        if (!data.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(data.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
