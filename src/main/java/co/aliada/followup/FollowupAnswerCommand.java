package co.aliada.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.aliada.challenge.Challenge;
import co.aliada.challenge.Challenges;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;

/**
 * {@code /seguimiento <id> <answer>}: the buttons of a follow-up. The answer is stored with the message, which
 * names the challenge; "todavía no" offers the services again and asks once more later.
 */
final class FollowupAnswerCommand implements Command {

    /** The step that runs the self-check; a retake starts over there. */
    static final String SELFCHECK_STEP = "selfcheck";

    private final FollowupStore store;
    private final Challenges challenges;
    private final FollowupProperties props;
    private final Clock clock;

    FollowupAnswerCommand(FollowupStore store, Challenges challenges, FollowupProperties props, Clock clock) {
        this.store = store;
        this.challenges = challenges;
        this.props = props;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return CommandName.FOLLOWUP.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+");
        Optional<FollowupStore.Scheduled> row = parts.length == 2 && parts[0].matches("\\d{1,18}")
                ? store.find(turn.state().chat(), Long.parseLong(parts[0])) : Optional.empty();
        if (row.isEmpty() || FollowupStore.DUE.equals(row.get().status()) || FollowupStore.CANCELLED.equals(row.get().status())) {
            turn.say("followup.unknown");
            return;
        }
        FollowupStore.Scheduled r = row.get();
        Instant now = clock.instant();
        switch (parts[1]) {
            case FollowupMessages.YES -> {
                store.answerContact(r.id(), "yes", now);
                turn.send(turn.message("followup.useful.ask")
                        .withButtons(FollowupMessages.usefulButtons(turn.texts(), turn.lang(), r.id())));
            }
            case FollowupMessages.NOT_YET -> notYet(turn, r, now);
            case FollowupMessages.NO_ANSWER -> {
                store.answerContact(r.id(), "no-answer", now);
                Outbound sorry = turn.message("followup.contact.sorry");
                turn.send(turn.hasCommand(CommandName.ADVISOR.spanish()) ? sorry.withButtons(Turn.column(
                        turn.button("common.button.human", CommandName.ADVISOR.slash()))) : sorry);
            }
            case FollowupMessages.USEFUL -> useful(turn, r, "yes", now);
            case FollowupMessages.NOT_USEFUL -> useful(turn, r, "no", now);
            case FollowupMessages.UNSURE -> useful(turn, r, "unsure", now);
            case FollowupMessages.START -> {
                store.answerContact(r.id(), "started", now);
                turn.goTo(SELFCHECK_STEP);
            }
            default -> turn.say("followup.unknown");
        }
    }

    private void notYet(Turn turn, FollowupStore.Scheduled r, Instant now) {
        store.answerContact(r.id(), "not-yet", now);
        Optional<Challenge> challenge = challenges.find(r.chat(), r.refId());
        List<Outbound.Button> services = new ArrayList<>();
        if (challenge.isPresent() && turn.hasCommand(CommandName.SERVICE.spanish())) {
            List<String> names = challenge.get().serviceNames();
            for (int i = 0; i < Math.min(names.size(), 3); i++) {
                services.add(new Outbound.Button(names.get(i), CommandName.SERVICE.slash(r.refId() + " " + i)));
            }
        }
        boolean again = r.round() == 1 && !store.scheduled(FollowupStore.CONTACT, r.refId(), 2);
        if (again) {
            store.schedule(r.chat(), FollowupStore.CONTACT, r.refId(), 2, now.plus(props.after()));
        }
        Outbound offer = turn.message(again ? "followup.contact.offer-again" : "followup.contact.offer-last");
        turn.send(services.isEmpty() ? offer : offer.withButtons(Turn.rows(1, services)));
    }

    private void useful(Turn turn, FollowupStore.Scheduled r, String answer, Instant now) {
        if (!"yes".equals(r.contacted())) {
            turn.say("followup.unknown");
            return;
        }
        store.answerUseful(r.id(), answer, now);
        turn.say("followup.useful.thanks");
    }
}
