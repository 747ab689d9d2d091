package co.aliada.challenge;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.conversation.Command;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Step;
import co.aliada.matching.Matcher;

/** Builds the challenge journey's steps and commands; Spring and the tests wire it the same way. */
final class ChallengeJourney {

    private final Supplier<ChallengeContent> content;
    private final Challenges challenges;
    private final Recommender recommender;
    private final Supplier<Catalog> catalog;
    private final Clock clock;
    private final Forwarding forwarding;
    private final ServiceNames names;

    ChallengeJourney(Supplier<ChallengeContent> content, Challenges challenges, Supplier<Matcher> matcher,
                     Supplier<Catalog> catalog, Clock clock) {
        this(content, challenges, matcher, catalog, clock, Forwarding.none());
    }

    ChallengeJourney(Supplier<ChallengeContent> content, Challenges challenges, Supplier<Matcher> matcher,
                     Supplier<Catalog> catalog, Clock clock, Forwarding forwarding) {
        this.forwarding = forwarding;
        this.content = content;
        this.challenges = challenges;
        this.recommender = new Recommender(matcher, content);
        this.catalog = catalog;
        this.names = new ServiceNames(catalog);
        this.clock = clock;
    }

    Step identify() {
        return new DriverStep(content, challenges, recommender);
    }

    Step build() {
        return new BuildStep(content);
    }

    Step urgency() {
        return new RatingStep(Flow.URGENCY, "urgency", Flow.BUILD, Flow.FEASIBILITY, content);
    }

    Step feasibility() {
        return new RatingStep(Flow.FEASIBILITY, "feasibility", Flow.URGENCY, Flow.IMPACT, content);
    }

    Step impact() {
        return new RatingStep(Flow.IMPACT, "impact", Flow.FEASIBILITY, Flow.DISCOVER, content);
    }

    Step discover() {
        return new DiscoverStep(content);
    }

    Step define() {
        return new DefineStep(content, challenges, recommender, clock);
    }

    Step next() {
        return new NextStep(content, challenges, catalog, service(), summary(), names, new BrowseCommand(catalog), feedback(),
                recommender);
    }

    Command newChallenge() {
        return new NewChallengeCommand();
    }

    Command myChallenges() {
        return new MyChallengesCommand(challenges, new Offerers(recommender));
    }

    SummaryCommand summary() {
        return new SummaryCommand(challenges, new Offerers(recommender), forwarding, names);
    }

    ServiceCommand service() {
        return new ServiceCommand(challenges, recommender, names);
    }

    FeedbackCommand feedback() {
        return new FeedbackCommand(challenges);
    }

    ChallengeCommand challenge() {
        return new ChallengeCommand(challenges, recommender, catalog);
    }

    DeleteChallengeCommand deleteChallenge() {
        return new DeleteChallengeCommand(challenges);
    }

    Recall recall() {
        return new ChallengeRecall(challenges, challenge(), deleteChallenge(), new ListQuestions(challenges, catalog, service(), names, new BrowseCommand(catalog)));
    }

    List<Step> steps() {
        return List.of(identify(), build(), urgency(), feasibility(), impact(), discover(), define(), next());
    }

    List<Command> commands() {
        return List.of(newChallenge(), myChallenges(), summary(), service(), feedback(), challenge(), deleteChallenge());
    }
}
