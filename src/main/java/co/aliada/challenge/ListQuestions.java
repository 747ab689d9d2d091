package co.aliada.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.catalog.Service;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * At the menu, days after the lists: a question about a service or an institution of them ("¿me recuerda quién me
 * podía ayudar con lo del invima?", "quién ofrece asesoría en certificación", "el sena") was "no le entendí". It is
 * answered from the latest challenge whose list has it. A service is named by its name or a catalogue keyword, in a
 * question of who offers it; an institution by its name or an alias, in a question or a few words.
 */
final class ListQuestions {

    private static final Comparator<Challenge> LATEST_FIRST = Comparator.comparingLong(Challenge::id).reversed();

    private final Challenges challenges;
    private final Supplier<Catalog> catalog;
    private final ServiceCommand services;
    private final ServiceNames names;
    private final BrowseCommand browse;

    ListQuestions(Challenges challenges, Supplier<Catalog> catalog, ServiceCommand services, ServiceNames names,
                  BrowseCommand browse) {
        this.browse = browse;
        this.challenges = challenges;
        this.catalog = catalog;
        this.services = services;
        this.names = names;
    }

    /** Answers the text and returns true, or returns false having done nothing. */
    boolean answer(Inbound in, Turn turn) {
        String text = in.payload();
        Catalog current = catalog.get();
        if (current != null && charges(in, turn, current)) {
            return true;
        }
        Optional<String> elsewhere = Elsewhere.asked(in, turn);
        if (elsewhere.isPresent() && challenges.of(turn.state().chat()).stream().anyMatch(c -> !c.services().isEmpty())) {
            Elsewhere.answer(turn, elsewhere.get()); // "y para Cali?" had been "no le entendí"
            return true;
        }
        boolean asks = ChoiceMatcher.asks(text, turn.phrases("common.choice.question-words"));
        if (current == null || asks && !ChoiceMatcher.mentioned(text, turn.phrases("common.terms.questions")).isEmpty()) {
            return false; // "¿cuánto cuesta eso?" asks what things cost, which common.terms answers
        }
        boolean who = asksWho(text, turn);
        Optional<Institution> named = InstitutionOffer.askedAbout(text, turn, current);
        ServiceQuestion question = ServiceQuestion.of(text, turn);
        boolean aboutAService = (question.asked() || asks || ChoiceMatcher.begins(text, turn.phrases("challenge.next.question-leads")))
                && question.brief();
        if (!who && named.isEmpty() && !aboutAService) {
            return false; // most texts at the menu ask neither: the challenges are read only for those that do
        }
        List<Challenge> listed = challenges.of(turn.state().chat()).stream().filter(c -> !c.services().isEmpty())
                .sorted(LATEST_FIRST).toList();
        if (listed.isEmpty()) {
            return false;
        }
        if (who && service(text, turn, current, listed)) {
            return true;
        }
        if (named.isPresent()) {
            institution(turn, named.get(), listed);
            return true;
        }
        return aboutAService && asked(question, turn, current, listed);
    }

    /**
     * "¿el SENA cobra por eso?" at the menu asks what that institution charges: its terms over what it offers of the
     * latest list that has any of it (or that it offers none of the latest), as right after a list ({@link NextStep}); it
     * had been every institution's terms.
     */
    private boolean charges(Inbound in, Turn turn, Catalog current) {
        Optional<Institution> named = InstitutionTerms.asked(in, turn, current);
        if (named.isEmpty()) {
            return false;
        }
        List<Challenge> listed = challenges.of(turn.state().chat()).stream().filter(c -> !c.services().isEmpty())
                .sorted(LATEST_FIRST).toList();
        if (listed.isEmpty()) {
            return false;
        }
        Challenge shown = listed.stream().filter(c -> InstitutionOffer.offersAny(named.get(), c)).findFirst().orElse(listed.get(0));
        InstitutionTerms.answer(turn, named.get(), shown, names, false);
        return true;
    }

    /**
     * "cuénteme más de ciberseguridad" at the menu, as after a list ({@link NextStep}): a service of the latest list that
     * has it shows its details under its challenge, one of the catalogue that none has shows as browsing shows it.
     */
    private boolean asked(ServiceQuestion question, Turn turn, Catalog current, List<Challenge> listed) {
        Set<String> beside = turn.phrases("challenge.next.service-words");
        for (Challenge challenge : listed) {
            Optional<Integer> index = ServiceMention.in(question.said(), challenge, current, question.asked(), beside);
            if (index.isPresent()) {
                turn.say("challenge.recall.service", "hmw", ServiceLines.esc(challenge.howMightWe(), RecommendationMessage.LINE));
                services.run(turn, challenge.id() + " " + index.get());
                return true;
            }
        }
        Optional<Service> inCatalogue = ServiceMention.inCatalog(question.said(), current, question.asked(), beside);
        inCatalogue.ifPresent(service -> {
            turn.say("challenge.next.not-listed");
            browse.show(turn, service, WayForward.afterRecommendation(turn, false));
        });
        return inCatalogue.isPresent();
    }

    private static boolean asksWho(String text, Turn turn) {
        return !ChoiceMatcher.mentioned(text, turn.phrases("challenge.recall.who-words")).isEmpty()
                || !ChoiceMatcher.mentioned(text, turn.phrases("challenge.next.contact-words")).isEmpty();
    }

    /** The details of the service named, from the latest list that has it, under the challenge it was for. */
    private boolean service(String text, Turn turn, Catalog current, List<Challenge> listed) {
        for (Challenge challenge : listed) {
            for (int i = 0; i < challenge.services().size(); i++) {
                Optional<Service> service = current.service(challenge.services().get(i));
                if (service.isPresent() && !ChoiceMatcher.mentioned(text, ServiceMention.wordsFor(service.get())).isEmpty()) {
                    turn.say("challenge.recall.service", "hmw", ServiceLines.esc(challenge.howMightWe(), RecommendationMessage.LINE));
                    services.run(turn, challenge.id() + " " + i);
                    return true;
                }
            }
        }
        return false;
    }

    /** What the institution offers of the latest list that has any of it, one tap from each service's details. */
    private void institution(Turn turn, Institution institution, List<Challenge> listed) {
        String who = ServiceLines.link(MatchResult.Institution.of(institution));
        Optional<Challenge> having = listed.stream().filter(c -> InstitutionOffer.offersAny(institution, c)).findFirst();
        List<List<Outbound.Button>> rows = new ArrayList<>();
        if (having.isEmpty()) {
            rows.add(List.of(turn.button("challenge.next.button.browse", BrowseCommand.data(null))));
            rows.addAll(WayForward.afterRecommendation(turn, false));
            turn.send(turn.message("challenge.recall.institution.none", "institution", who).withButtons(rows));
            return;
        }
        Challenge challenge = having.get();
        InstitutionOffer offer = InstitutionOffer.of(turn, institution, challenge, names);
        rows.addAll(offer.rows());
        rows.addAll(WayForward.afterRecommendation(turn, false));
        turn.send(turn.message("challenge.recall.institution", "institution", who,
                "hmw", ServiceLines.esc(challenge.howMightWe(), RecommendationMessage.LINE), "services", offer.text(),
                "contact", ServiceLines.contact(turn, MatchResult.Institution.of(institution)))
                .withButtons(rows));
    }
}
