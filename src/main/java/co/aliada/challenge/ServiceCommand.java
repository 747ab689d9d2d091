package co.aliada.challenge;

import java.util.List;
import java.util.Optional;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * {@code /servicio <challenge> <n>}: more about the n-th service recommended for a stored challenge,
 * with every institution that offers it. The match is re-run from the stored challenge, so the
 * button's data stays short and the details are as fresh as the catalogue.
 */
final class ServiceCommand implements Command {

    private static final int SEARCH = 10;

    private final Challenges challenges;
    private final Recommender recommender;
    private final ServiceNames names;

    ServiceCommand(Challenges challenges, Recommender recommender, ServiceNames names) {
        this.challenges = challenges;
        this.recommender = recommender;
        this.names = names;
    }

    static String data(long challengeId, int index) {
        return CommandName.SERVICE.slash(challengeId + " " + index);
    }

    /** The button that opens the n-th (from 0) recommended service, labelled with its number as in the list. */
    static Outbound.Button button(Turn turn, long challengeId, int index, String name) {
        return new Outbound.Button(turn.text("challenge.rec.button.more", "n", index + 1, "name", Trim.words(name, 40)),
                data(challengeId, index));
    }

    @Override
    public List<String> names() {
        return CommandName.SERVICE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.split("\\s+");
        Optional<Challenge> challenge = parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d")
                ? challenges.find(turn.state().chat(), Long.parseLong(parts[0])) : Optional.empty();
        int index = challenge.isPresent() ? Integer.parseInt(parts[1]) : -1;
        if (challenge.isEmpty() || index >= challenge.get().services().size()) {
            turn.say("challenge.service.unknown");
            return;
        }
        String serviceId = challenge.get().services().get(index);
        MatchResult result = recommender.match(turn.state(), challenge.get(), turn.lang(), SEARCH);
        Optional<MatchResult.Service> service = result.services().stream().filter(s -> s.id().equals(serviceId)).findFirst();
        List<String> named = names.of(challenge.get(), turn.lang());
        if (service.isEmpty()) {
            turn.say("challenge.service.gone", "name", ServiceLines.esc(named.stream()
                    .skip(index).findFirst().orElse(serviceId), RecommendationMessage.NAME));
            return;
        }
        List<String> lines = ServiceLines.of(turn, service.get(), index + 1, true);
        String text = Trim.lines(lines, Trim.MESSAGE, left -> turn.text("challenge.rec.more-institutions", "count", left));
        List<List<Outbound.Button>> rows = new java.util.ArrayList<>();
        // the other services of the list stay one tap (or "y el 2?") away, by the numbers the list gave them
        for (int i = 0; i < named.size(); i++) {
            if (i != index) {
                rows.add(List.of(button(turn, challenge.get().id(), i, named.get(i))));
            }
        }
        rows.add(FeedbackCommand.row(turn, challenge.get().id()));
        rows.addAll(WayForward.afterRecommendation(turn, false));
        turn.send(Outbound.text(turn.state().chat(), text).withButtons(rows));
    }
}
