package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * {@code /reto <id>}: a saved challenge's recommendation again, the message the person got then, rebuilt from the
 * services stored with it: as the matcher describes them now, as ServiceCommand does, else as the catalogue does, so
 * that none is lost. {@code /mis_retos} and {@code /resumen} offer one "📋 Reto n" per challenge, numbered as listed.
 */
final class ChallengeCommand implements Command {

    private static final int SEARCH = 10;
    private static final int PER_ROW = 3;

    private final Challenges challenges;
    private final Recommender recommender;
    private final Supplier<Catalog> catalog;

    /** @param catalog gives null while no catalogue is loaded: the kept names serve */
    ChallengeCommand(Challenges challenges, Recommender recommender, Supplier<Catalog> catalog) {
        this.challenges = challenges;
        this.recommender = recommender;
        this.catalog = catalog;
    }

    static String data(long challengeId) {
        return CommandName.CHALLENGE.slash(String.valueOf(challengeId));
    }

    /** One "📋 Reto n" per challenge in the order listed, numbered from 1 as the list numbers them, a few to a row. */
    static List<List<Outbound.Button>> buttons(Turn turn, List<Challenge> listed) {
        List<Outbound.Button> buttons = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            buttons.add(new Outbound.Button(label(turn, i + 1), data(listed.get(i).id())));
        }
        return Turn.rows(PER_ROW, buttons);
    }

    /** Whether "📋 Reto n" is on screen for this challenge: a typed "2" then means it. */
    static boolean offered(Turn turn, int n, Challenge challenge) {
        return label(turn, n).equals(turn.state().buttonLabel(data(challenge.id())));
    }

    static String label(Turn turn, int n) {
        return turn.text("challenge.button.open", "n", n);
    }

    /** The button rows above these rows, as a list that may take more. */
    static List<List<Outbound.Button>> buttons(Turn turn, List<Challenge> listed, List<List<Outbound.Button>> below) {
        List<List<Outbound.Button>> rows = new ArrayList<>(buttons(turn, listed));
        rows.addAll(below);
        return rows;
    }

    @Override
    public List<String> names() {
        return CommandName.CHALLENGE.names();
    }

    @Override
    public void run(Turn turn, String args) {
        Optional<Challenge> challenge = args.strip().matches("\\d{1,18}")
                ? challenges.find(turn.state().chat(), Long.parseLong(args.strip())) : Optional.empty();
        if (challenge.isEmpty()) {
            turn.say("challenge.feedback.unknown"); // deleted meanwhile, or another chat's
            return;
        }
        show(turn, challenge.get());
    }

    void show(Turn turn, Challenge challenge) {
        turn.send(RecommendationMessage.again(turn, challenge, stored(turn, challenge)));
    }

    /** The challenge's stored services, in their order, with the pillars the message names. */
    private MatchResult stored(Turn turn, Challenge challenge) {
        if (challenge.services().isEmpty()) {
            return MatchResult.nothing();
        }
        String lang = turn.lang();
        MatchResult now = recommender.match(turn.state(), challenge, lang, SEARCH);
        Catalog current = catalog.get();
        List<MatchResult.Service> services = new ArrayList<>();
        for (int i = 0; i < challenge.services().size(); i++) {
            String id = challenge.services().get(i);
            String kept = i < challenge.serviceNames().size() ? challenge.serviceNames().get(i) : id;
            services.add(now.services().stream().filter(s -> s.id().equals(id)).findFirst()
                    .or(() -> fromCatalog(current, id, lang))
                    .orElse(new MatchResult.Service(id, "", kept, "", 0, List.of())));
        }
        List<MatchResult.Pillar> pillars = new ArrayList<>(now.pillars());
        if (current != null) {
            current.pillars().stream().filter(p -> pillars.stream().noneMatch(known -> known.id().equals(p.id())))
                    .forEach(p -> pillars.add(new MatchResult.Pillar(p.id(), p.name().in(lang), 0)));
        }
        return new MatchResult(false, now.pillar(), pillars, services);
    }

    /** A service the matcher no longer ranks this high, as the catalogue has it, with everyone who offers it. */
    private static Optional<MatchResult.Service> fromCatalog(Catalog catalog, String id, String lang) {
        return catalog == null ? Optional.empty() : catalog.service(id).map(s -> new MatchResult.Service(id, s.pillar(),
                s.name().in(lang), firstSentence(s.description().in(lang)), 0, catalog.institutions().stream()
                        .filter(i -> i.services().contains(id)).map(MatchResult.Institution::of).toList()));
    }

    /** What the company gets, as the matcher's answers summarise a description. */
    static String firstSentence(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }
}
