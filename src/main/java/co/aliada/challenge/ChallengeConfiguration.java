package co.aliada.challenge;

import java.time.Clock;
import java.util.function.Supplier;

import co.aliada.content.ContentPart;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Step;
import co.aliada.matching.CatalogIndex;
import co.aliada.matching.Matcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class ChallengeConfiguration {

    @Bean
    ContentPart<ChallengeContent> challengeContent(IntentsProperties intents) {
        return ContentPart.of("challenges", intents.dir(), ChallengeLoader::load, ChallengeLoader.FILE);
    }

    @Bean
    Challenges challenges(JdbcTemplate jdbc, Clock clock) {
        return new JdbcChallenges(jdbc, clock);
    }

    @Bean
    ChallengeJourney challengeJourney(ContentPart<ChallengeContent> content, Challenges challenges,
                                      ObjectProvider<Matcher> matcher, ContentPart<CatalogIndex> catalog, Clock clock,
                                      ObjectProvider<Forwarding> forwarding) {
        Supplier<ChallengeContent> current = () -> content.current().content();
        return new ChallengeJourney(current, challenges, matcher::getIfAvailable, () -> catalog.current().content().catalog(),
                clock, forwarding.getIfAvailable(Forwarding::none));
    }

    @Bean Step challengeDriverStep(ChallengeJourney j) {
        return j.identify();
    }

    @Bean Step challengeBuildStep(ChallengeJourney j) {
        return j.build();
    }

    @Bean Step challengeUrgencyStep(ChallengeJourney j) {
        return j.urgency();
    }

    @Bean Step challengeFeasibilityStep(ChallengeJourney j) {
        return j.feasibility();
    }

    @Bean Step challengeImpactStep(ChallengeJourney j) {
        return j.impact();
    }

    @Bean Step challengeDiscoverStep(ChallengeJourney j) {
        return j.discover();
    }

    @Bean Step challengeDefineStep(ChallengeJourney j) {
        return j.define();
    }

    @Bean Step challengeNextStep(ChallengeJourney j) {
        return j.next();
    }

    @Bean Command newChallengeCommand(ChallengeJourney j) {
        return j.newChallenge();
    }

    @Bean Command myChallengesCommand(ChallengeJourney j) {
        return j.myChallenges();
    }

    @Bean Command summaryCommand(ChallengeJourney j) {
        return j.summary();
    }

    /** The catalogue to browse by pillar, with no challenge and no consent needed. */
    @Bean Command browseCommand(ContentPart<CatalogIndex> catalog) {
        return new BrowseCommand(() -> catalog.current().content().catalog());
    }

    @Bean Command serviceCommand(ChallengeJourney j) {
        return j.service();
    }

    @Bean Command feedbackCommand(ChallengeJourney j) {
        return j.feedback();
    }

    @Bean Command challengeCommand(ChallengeJourney j) {
        return j.challenge();
    }

    @Bean Command deleteChallengeCommand(ChallengeJourney j) {
        return j.deleteChallenge();
    }

    /** "los servicios del reto 2", "borrar el primer reto", "¿quién me ayudaba con lo del invima?" typed at any question. */
    @Bean Recall challengeRecall(ChallengeJourney j) {
        return j.recall();
    }

    @Bean MenuEntry newChallengeMenuEntry() {
        return new MenuEntry(30, "challenge.menu.new", "menu:" + Flow.IDENTIFY);
    }

    @Bean MenuEntry myChallengesMenuEntry() {
        return new MenuEntry(35, "challenge.menu.mine", CommandName.MY_CHALLENGES.slash());
    }

    @Bean MenuEntry summaryMenuEntry() {
        return new MenuEntry(40, "summary.menu", CommandName.SUMMARY.slash());
    }
}
