package co.aliada.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.conversation.Withheld;
import co.aliada.onboarding.Onboarding;
import co.aliada.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While a user's case is open the bot stays quiet: what they write goes to the consultants. Commands
 * ({@code /ayuda}, {@code /borrar_datos}, {@code /bot}) and command buttons still reach the engine.
 */
final class OpenCaseInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(OpenCaseInterceptor.class);
    /** A wish to leave told with a few words around it ("gracias, ya no necesito asesor"); longer texts are for the advisor. */
    private static final int LEAVE_WORDS = 8;
    private static final Pattern ANSWER_NUMBER = Pattern.compile("\\s*\\d{1,2}\\s*[.)]?\\s*");
    /** The profile as it stood when a change question's answer came in, to tell whether it changed; only within a turn. */
    private static final String PROFILE_BEFORE = "case.profile-before";

    private final Escalations escalations;
    private final ConsultantsChat group;

    OpenCaseInterceptor(Escalations escalations, ConsultantsChat group) {
        this.escalations = escalations;
        this.group = group;
    }

    @Override
    public boolean intercept(Inbound in, Turn turn) {
        if (group.is(in.chat())) {
            return false;
        }
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith("case:")) {
            // a consultant's button can only be forged here: it does nothing, not even a reply
            log.warn("case button pressed outside the consultants' chat; ignored");
            return true;
        }
        Inbound command = in.asCommand();
        if (command != null) {
            if (confirmsErasure(command)) {
                // the erasure closes the case in this same turn; the consultants must not keep waiting on it
                escalations.activeCase(turn.state()).ifPresent(c -> escalations.erasing(c, turn));
            }
            if (asksQuestions(command) && escalations.activeCase(turn.state()).isPresent()) {
                // its answers would go to the advisor, not to the bot: say so, and how to leave the case first
                offerTheWayBack(turn, "escalation.open.questions-wait");
                return true;
            }
            return false;
        }
        Optional<Case> open = escalations.activeCase(turn.state());
        if (open.isEmpty()) {
            return false;
        }
        if (in.edited()) {
            escalations.relayCorrection(open.get(), turn, in.payload());
            return true;
        }
        if (in.media() != null) {
            escalations.relayMedia(open.get(), turn, in.media());
            return true;
        }
        if (Onboarding.changingProfile(turn.state().step())) {
            // the person tapped ✏️ under /perfil: the question on screen is the bot's, its answer too ("cancelar" there
            // keeps the answer, it withdraws no request); the consultants hear of the change (afterTurn)
            turn.state().put(PROFILE_BEFORE, Escalations.profileKey(turn.state()));
            return false;
        }
        boolean withdraws = in.kind() == Inbound.Kind.TEXT && withdraws(in.payload(), turn);
        if (withdraws && open.get().status() == Case.Status.OPEN) {
            // "cancelar", "ya no necesito asesor" before anyone took the case: the request is withdrawn, not a message
            // for an advisor; once one is talking with them, the same word may answer the advisor, so it is asked (below)
            escalations.withdraw(open.get(), turn, in.payload());
            return true;
        }
        if (in.kind() == Inbound.Kind.TEXT && !withdraws && asksAboutTheirData(turn)) {
            // ("cancelar" leans to erasing one's data: it had left the case open and paused the questions instead)
            return false; // "borren mis datos": a data subject's right is the bot's to honour, case or not
        }
        switch (in.kind()) {
            case TEXT -> {
                escalations.relay(open.get(), turn, in.payload(), false);
                if (withdraws || ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("escalation.open.leave-words"), LEAVE_WORDS).isPresent()) {
                    // "ya no necesito asesor, sigamos": the advisor reads it too, and the way back is one tap away
                    offerTheWayBack(turn, "escalation.open.leave-offer");
                } else if (ANSWER_NUMBER.matcher(in.payload()).matches()) {
                    // "1", "2": an answer to the bot's question more likely than to the advisor; it is kept for them,
                    // and the way back to the questions is one tap away
                    offerTheWayBack(turn, "escalation.open.questions-wait");
                }
            }
            case BUTTON -> {
                escalations.relay(open.get(), turn, Objects.requireNonNullElse(turn.state().buttonLabel(in.payload()), in.payload()), false);
                // an answer tapped on the bot's question: it reaches the advisor, and the way back is offered (it did nothing)
                offerTheWayBack(turn, "escalation.open.questions-wait");
            }
            default -> escalations.relay(open.get(), turn, in.payload(), true);
        }
        return true;
    }

    @Override
    public void afterTurn(Turn turn) {
        String before = turn.state().get(PROFILE_BEFORE);
        if (before == null) {
            return;
        }
        turn.state().put(PROFILE_BEFORE, null); // never kept past the turn
        if (!before.equals(Escalations.profileKey(turn.state()))) {
            escalations.activeCase(turn.state()).ifPresent(c -> escalations.profileChanged(c, turn));
        }
    }

    /**
     * While the case is open, a tap on an answer to the bot's questions or on a way into them (a new challenge, starting
     * over, going on) reaches the advisor or is refused (above): none is offered then, the way back to the bot is. The
     * answers of a profile question asked under /perfil stay: they are the bot's meanwhile.
     */
    @Override
    public Withheld withheld(Turn turn) {
        if (group.is(turn.state().chat()) || escalations.activeCase(turn.state()).isEmpty()) {
            return Withheld.NONE;
        }
        boolean answered = Onboarding.changingProfile(turn.state().step());
        return new Withheld(data -> data.startsWith("/") ? asksQuestions(Inbound.command(turn.state().chat(), data.substring(1))) : !answered,
                turn.button("escalation.button.back-to-bot", CommandName.BOT.slash()));
    }

    /** A message with the one-tap way out of the case and back to the bot ({@code /bot}). */
    private static void offerTheWayBack(Turn turn, String key) {
        Escalations.sayWhileOpen(turn, key);
    }

    /**
     * The whole message withdraws the request for a person ("cancelar", "bueno, ya no necesito asesor"), also said in
     * parts, each a withdrawal, a bare no, a thanks or the way back to the bot ("no, mejor no, ya no lo necesito", "gracias,
     * ya no necesito asesor, sigamos"); one part at least a withdrawal (a thanks alone is for the advisor).
     */
    private static boolean withdraws(String typed, Turn turn) {
        // as typed after the lead: its commas part the message ("bueno, no, ya no lo necesito" had been one part)
        String said = ChoiceMatcher.afterLead(typed, turn.phrases("common.choice.lead-words"));
        Set<String> withdrawals = turn.phrases("escalation.open.withdraw-words");
        if (ChoiceMatcher.saysOneOf(said, withdrawals)) {
            return true;
        }
        List<String> parts = Arrays.stream(said.split("[,;.!]+")).filter(part -> !part.isBlank()).toList();
        return parts.size() > 1 && parts.stream().anyMatch(part -> ChoiceMatcher.saysOneOf(part, withdrawals))
                && parts.stream().allMatch(part -> ChoiceMatcher.saysOneOf(part, withdrawals)
                        || ChoiceMatcher.saysOneOf(part, turn.phrases("common.choice.no-words"))
                        || ChoiceMatcher.saysOneOf(part, turn.phrases("escalation.open.thanks-words"))
                        || ChoiceMatcher.saysOneOf(part, turn.phrases("escalation.open.leave-words")));
    }

    /** A clear request to see or erase one's data, told in words. */
    private static boolean asksAboutTheirData(Turn turn) {
        Understanding.Intent intent = turn.intent();
        return intent.strong() && CommandName.forIntent(intent.id())
                .filter(c -> c == CommandName.DELETE_MY_DATA || c == CommandName.MY_DATA).isPresent();
    }

    /** A command that leads into the bot's questions (a new challenge, starting over, going on). */
    private static boolean asksQuestions(Inbound command) {
        String name = command.commandName();
        return Stream.of(CommandName.NEW_CHALLENGE, CommandName.RESTART, CommandName.CONTINUE).anyMatch(c -> c.names().contains(name));
    }

    private static boolean confirmsErasure(Inbound command) {
        return CommandName.DELETE_MY_DATA.names().contains(command.commandName())
                && command.commandArgs().equalsIgnoreCase(PersonalData.CONFIRM_ERASE);
    }
}
