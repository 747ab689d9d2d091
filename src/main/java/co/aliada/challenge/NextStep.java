package co.aliada.challenge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Institution;
import co.aliada.catalog.Service;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.matching.MatchResult;

/**
 * After a recommendation: another challenge, or the end of the journey with the summary. A challenge typed here
 * instead of tapping is that other challenge: it is kept and only its driver is asked.
 */
final class NextStep implements Step {

    /** The button under a question with no answer here that says it was a new challenge all the same. */
    static final String NEW_ONE = "next:new";
    /** The button under a new goal named after the list ("y para exportar?"): a new challenge that starts from it. */
    static final String NEW_GOAL = "next:goal";
    private static final String CONTACT_HINT = "challenge.next.contact-hint";
    /** A remark is short: a longer text in which nothing fits is still taken as the challenge it may well be. */
    private static final int REMARK_WORDS = 8;

    private final Supplier<ChallengeContent> content;
    private final Challenges challenges;
    private final Supplier<Catalog> catalog;
    private final ServiceCommand services;
    private final SummaryCommand summary;
    private final ServiceNames names;
    private final BrowseCommand browse;
    private final FeedbackCommand feedback;
    private final Recommender recommender;

    NextStep(Supplier<ChallengeContent> content, Challenges challenges, Supplier<Catalog> catalog, ServiceCommand services,
             SummaryCommand summary, ServiceNames names, BrowseCommand browse, FeedbackCommand feedback, Recommender recommender) {
        this.recommender = recommender;
        this.browse = browse;
        this.feedback = feedback;
        this.summary = summary;
        this.content = content;
        this.challenges = challenges;
        this.catalog = catalog;
        this.services = services;
        this.names = names;
    }

    @Override
    public String id() {
        return Flow.NEXT;
    }

    @Override
    public void enter(Turn turn) {
        // the services just recommended stay below the question asked again ("ℹ️ Más sobre 1…"): a typed
        // follow-up that was not understood used to leave only the two buttons below, and "el 2" then meant nothing
        List<List<Outbound.Button>> rows = turn.askingAgain() ? recommendedRows(turn) : new ArrayList<>();
        // laid out as under the recommendation, so the buttons do not move about between one answer and the next
        turn.send(turn.message("challenge.next.question").withButtons(RecommendationMessage.closingButtons(turn, rows, "")));
    }

    /** The "ℹ️ Más sobre…" buttons of the list last recommended, with its 👍 / 👎; none before any list. */
    private List<List<Outbound.Button>> recommendedRows(Turn turn) {
        List<List<Outbound.Button>> rows = new ArrayList<>();
        lastRecommended(turn).ifPresent(last -> {
            List<String> named = names.of(last, turn.lang()); // in the language of now, after a switch too
            for (int i = 0; i < named.size(); i++) {
                rows.add(List.of(ServiceCommand.button(turn, last.id(), i, named.get(i))));
            }
            rows.add(FeedbackCommand.row(turn, last.id()));
        });
        return rows;
    }

    @Override
    public boolean keepsToldNeeds() {
        return false; // the question asks for a challenge: one typed here is taken at once (below)
    }

    /**
     * The list on screen (an earlier challenge's, shown again with /reto), else the latest challenge with services
     * recommended, if any: "y el 2?" under an earlier challenge's list had opened the latest list's second service.
     */
    private Optional<Challenge> lastRecommended(Turn turn) {
        List<Challenge> listed = challenges.of(turn.state().chat()).stream().filter(c -> !c.serviceNames().isEmpty()).toList();
        return listed.stream().filter(c -> onScreen(turn, c)).max(Comparator.comparingLong(Challenge::id))
                .or(() -> listed.stream().max(Comparator.comparingLong(Challenge::id)));
    }

    private static boolean onScreen(Turn turn, Challenge challenge) {
        for (int i = 0; i < challenge.services().size(); i++) {
            if (turn.state().buttonLabel(ServiceCommand.data(challenge.id(), i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sí", "dale", "yes please" under the advisor offered after 👎 (its button first, above "➕ Otro reto", whose own
     * words take a "sí" too): a yes to the offer, as its tap. It had started a new challenge, or asked to tap an option.
     */
    @Override
    public Optional<String> pressedBy(Inbound in, Turn turn) {
        String offer = "/" + Flow.HUMAN + " " + FeedbackCommand.NOT_USEFUL;
        if (in.kind() != Inbound.Kind.TEXT || turn.state().buttonLabel(offer) == null
                || ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))) {
            return Optional.empty();
        }
        String said = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        return ChoiceMatcher.saysOneOf(said, turn.phrases("choice.asesor." + FeedbackCommand.NOT_USEFUL + ".words"))
                || ChoiceMatcher.saysOneOf(said, turn.phrases("common.choice.yes-words")) ? Optional.of(offer) : Optional.empty();
    }

    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        // "can you give me their phone number?" is no request for my data, "¿qué es el número 1?" none to erase it
        return Elsewhere.asked(in, turn).isPresent() || answerAboutTheList(in, turn) != null || serviceNamed(in, turn).isPresent() || serviceAsked(in, turn).isPresent()
                || catalogueServiceAsked(in, turn).isPresent()
                || declinesTheAdvisor(in, turn) || rerated(in, turn).isPresent()
                || toldAMistake(in, turn) || correctsTheProfile(in, turn) || asksForTheBest(in, turn) && lastRecommended(turn).isPresent()
                || institutionAsked(in, turn).isPresent() || saysNoMore(in, turn)
                || ServicesCompared.asked(in, turn) && lastRecommended(turn).isPresent();
    }

    /**
     * "no tengo más retos" typed after 👍, where its button was no longer on screen, was noted as a new challenge and
     * led to the driver question; "que no!! no tengo mas retos" too. Said whole, or in parts each a no, it ends here.
     */
    private static boolean saysNoMore(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || turn.asksYesNo()) {
            return false; // "no" to "¿Borro este reto?" or "¿Seguro que quiere empezar de nuevo?" had ended the journey
        }
        Set<String> done = turn.phrases("choice.resumen.fin.words");
        String said = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        if (ChoiceMatcher.saysOneOf(said, done)) {
            return true;
        }
        List<String> parts = Arrays.stream(said.split("[,;.!¡?¿]+")).filter(part -> !part.isBlank()).toList();
        return parts.size() > 1 && parts.stream().anyMatch(part -> ChoiceMatcher.saysOneOf(part, done) && ChoiceMatcher.wordCount(part) > 1)
                && parts.stream().allMatch(part -> ChoiceMatcher.saysOneOf(part, done)
                        || ChoiceMatcher.saysOneOf(ChoiceMatcher.withoutLead(part, turn.phrases("common.choice.lead-words")),
                                turn.phrases("common.choice.no-words")));
    }

    /** "¿cuál es el mejor?", "¿cuál me recomienda?": the list is in order of fit, so the first one, shown whole. */
    private static boolean asksForTheBest(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.best-words")).isEmpty();
    }

    /** The institution a question here is about ("¿y la Unicauca qué hace?", "¿el SENA?"), by its name or an alias. */
    private Optional<Institution> institutionAsked(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || asksTheTerms(in, turn)) {
            return Optional.empty(); // "¿el SENA cobra por eso?" asks what things cost, which common.terms answers
        }
        // the challenges are read only when an institution was named: most texts here name none
        return InstitutionOffer.askedAbout(in.payload(), turn, catalog.get()).filter(named -> lastRecommended(turn).isPresent());
    }

    /** The institution of the catalogue with this id, if any (none for null). */
    private Optional<Institution> institution(String id) {
        Catalog current = catalog.get();
        return id == null || current == null ? Optional.empty() : current.institution(id);
    }

    /** What the institution asked about offers of the list just shown, with those services one tap away. */
    private void institution(Turn turn, Institution institution) {
        turn.state().put(Flow.INSTITUTION, institution.id());
        Challenge shown = lastRecommended(turn).orElseThrow();
        String who = ServiceLines.link(MatchResult.Institution.of(institution));
        List<List<Outbound.Button>> rows = new ArrayList<>();
        if (!InstitutionOffer.offersAny(institution, shown)) {
            rows.add(List.of(turn.button("challenge.next.button.browse", BrowseCommand.data(null))));
            rows.addAll(WayForward.afterRecommendation(turn, false));
            turn.send(turn.message("challenge.next.institution.none", "institution", who).withButtons(rows));
            return;
        }
        InstitutionOffer offer = InstitutionOffer.of(turn, institution, shown, names);
        rows.addAll(offer.rows());
        // "me sirvio" typed next was "tap an option": the list's 👍 / 👎 stay one tap (or a word) away
        rows.add(FeedbackCommand.row(turn, shown.id()));
        rows.addAll(WayForward.afterRecommendation(turn, false));
        // "¿cómo contacto a los de Unimayor?": how to reach it comes with what it offers, not one tap further
        turn.send(turn.message("challenge.next.institution", "institution", who, "services", offer.text(),
                "contact", ServiceLines.contact(turn, MatchResult.Institution.of(institution))).withButtons(rows));
    }

    /**
     * The arguments of the 👍 or 👎 ({@code "<challenge> 0"}) a text reads as, for the latest list: "👎" or "no, la verdad
     * no me sirvió" typed after 👍 (its row gone with the tap) was a refusal or a new challenge; the rating is changed
     * to it. A leading "no," or "sí," goes with the 👎 or the 👍 after it; a bare yes or no answers what was asked last.
     */
    private Optional<String> rerated(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))) {
            return Optional.empty();
        }
        Set<String> yes = turn.phrases("common.choice.yes-words");
        Set<String> no = turn.phrases("common.choice.no-words");
        String said = ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words"));
        if (ChoiceMatcher.saysOneOf(said, yes) || ChoiceMatcher.saysOneOf(said, no)) {
            return Optional.empty();
        }
        // read with a stand-in challenge first: the challenges are read only when a 👍 or 👎 was told
        Optional<Boolean> useful = ConversationEngine.readAsOneOf(in.payload(), turn, FeedbackCommand.row(turn, 0))
                .map(button -> button.data().endsWith(" 1"));
        String[] parts = in.payload().strip().split("[,;.!¡]+", 2);
        if (useful.isEmpty() && parts.length == 2 && (ChoiceMatcher.saysOneOf(parts[0], yes) || ChoiceMatcher.saysOneOf(parts[0], no))) {
            boolean saidYes = ChoiceMatcher.saysOneOf(parts[0], yes);
            useful = ConversationEngine.readAsOneOf(parts[1], turn, FeedbackCommand.row(turn, 0))
                    .map(button -> button.data().endsWith(" 1")).filter(up -> up == saidYes);
        }
        if (useful.isEmpty()) {
            return Optional.empty();
        }
        List<Challenge> all = challenges.of(turn.state().chat());
        long latest = all.stream().mapToLong(Challenge::id).max().orElse(-1);
        // the list on screen, else the latest challenge's, if it had one: never an older list after a weak match
        boolean up = useful.get();
        return lastRecommended(turn).filter(last -> last.id() == latest || onScreen(turn, last))
                .map(last -> last.id() + " " + (up ? 1 : 0));
    }

    /** "me equivoqué" here is most often about the challenge just sent: writing it again comes first, starting over second. */
    private static boolean toldAMistake(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.oneOf(in.payload(), turn.phrases("challenge.next.mistake-words")).isPresent();
    }

    /**
     * "no gracias" right after a weak list, which ended asking whether to talk to an advisor (its button, with the weak
     * match as its reason, is the one on screen): no to that, not to more challenges.
     */
    private static boolean declinesTheAdvisor(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && turn.state().buttonLabel("/" + Flow.HUMAN + " " + RecommendationMessage.WEAK_MATCH) != null
                && !ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                && (ChoiceMatcher.oneOf(in.payload(), turn.phrases("common.choice.no-words")).isPresent() || turn.intent().is("deny"));
    }

    /** The challenge's id and the index (from 0) of the service a short text names by its number, if any. */
    private Optional<String> serviceNamed(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT) {
            return Optional.empty();
        }
        int n = ChoiceMatcher.Numbers.of(turn.texts()).namedIn(
                ChoiceMatcher.withoutLead(in.payload(), turn.phrases("common.choice.lead-words")),
                turn.phrases("challenge.next.number-words"), Integer.MAX_VALUE);
        // the challenges are read only when a number was named: most texts here name none
        return n < 1 ? Optional.empty() : lastRecommended(turn).filter(last -> n <= last.serviceNames().size())
                .map(last -> last.id() + " " + (n - 1));
    }

    /**
     * The challenge's id and the index (from 0) of the service of the list a text asks about by its name or a keyword:
     * "cuénteme más de la transformación digital", "¿qué es eso de canales de distribución?", "canales de distribución"
     * alone had become the draft of a new challenge. A longer text that names one ("quiero mejorar los canales de
     * distribución de mi café") tells a challenge.
     */
    private Optional<String> serviceAsked(Inbound in, Turn turn) {
        Catalog current = catalog.get();
        if (in.kind() != Inbound.Kind.TEXT || current == null) {
            return Optional.empty();
        }
        ServiceQuestion question = ServiceQuestion.of(in.payload(), turn);
        if (!question.brief()) {
            return Optional.empty(); // the challenges are read only for a few words: most texts here are longer
        }
        return lastRecommended(turn).flatMap(last -> ServiceMention.in(question.said(), last, current, question.asked(),
                turn.phrases("challenge.next.service-words")).map(i -> last.id() + " " + i));
    }

    /**
     * A service of the catalogue that the list does not hold, asked about: "cuénteme más de ciberseguridad", "what about
     * the feasibility study?" had become the draft of a new challenge. Asked after challenge.next.service-asks, or named
     * alone in a question ("what about …", "¿y la …?"), as {@link #serviceAsked} reads one of the list: the name typed
     * bare stays unanswered here, and a longer text that names a service is still a challenge.
     */
    private Optional<Service> catalogueServiceAsked(Inbound in, Turn turn) {
        Catalog current = catalog.get();
        if (in.kind() != Inbound.Kind.TEXT || current == null) {
            return Optional.empty();
        }
        ServiceQuestion question = ServiceQuestion.of(in.payload(), turn);
        boolean questioned = question.asked() || asks(in.payload(), turn);
        if (!questioned || !question.brief()) {
            return Optional.empty();
        }
        return ServiceMention.inCatalog(question.said(), current, question.asked(), turn.phrases("challenge.next.service-words"))
                .filter(service -> lastRecommended(turn).isPresent());
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        // the institution of the answer just before, if that answer was about one: asked once, right after it
        String institutionShown = turn.state().get(Flow.INSTITUTION);
        turn.state().put(Flow.INSTITUTION, null);
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(NEW_ONE) && turn.state().get(Flow.ASKED) != null) {
            // "✏️ Es un reto nuevo" under "no tengo esa respuesta": the question was a challenge after all (kept until
            // then, as the button stays on screen under other answers: "¿y eso cuánto cuesta?" asked meanwhile)
            turn.state().put(ChatState.TOLD_NEED, turn.state().get(Flow.ASKED));
            turn.goTo(Flow.IDENTIFY);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(NEW_GOAL) && turn.state().get(Flow.ASKED) != null) {
            turn.state().put(ChatState.TOLD_NEED, turn.state().get(Flow.ASKED));
            turn.state().put(Flow.TOLD_START, "yes");
            turn.goTo(Flow.IDENTIFY);
            return;
        }
        Optional<String> elsewhere = Elsewhere.asked(in, turn);
        if (elsewhere.isPresent()) {
            Elsewhere.answer(turn, elsewhere.get()); // "y para Cali?" had been offered as a new challenge, "Cali"
            return;
        }
        if (correctsTheProfile(in, turn)) {
            // "me equivoqué en el tamaño, somos 30 personas no 8" was noted as a challenge: the profile, one tap away
            String profile = CommandName.PROFILE.slash();
            turn.send(turn.message("challenge.next.profile-change").withButtons(turn.hasCommand(CommandName.PROFILE.spanish())
                    ? Turn.column(turn.button("challenge.next.button.profile", profile)) : List.of()));
            turn.repeatStep();
            return;
        }
        if (declinesTheAdvisor(in, turn)) {
            turn.say("challenge.rec.weak.declined");
            turn.repeatStep(); // asked once: the question again, without the offer, is what "no gracias" answers next
            return;
        }
        Optional<String> rerated = rerated(in, turn);
        if (rerated.isPresent()) {
            feedback.run(turn, rerated.get()); // as the tap of its 👍 or 👎, the thanks and the ways on with it
            return;
        }
        if (toldAMistake(in, turn)) {
            turn.send(turn.message("challenge.next.mistake").withButtons(Turn.column(
                    turn.button("challenge.next.button.rewrite", Flow.NEW_CHALLENGE),
                    turn.button("common.button.restart", CommandName.RESTART.slash()))));
            return;
        }
        if (saysNoMore(in, turn)) {
            summary.run(turn, SummaryCommand.END);
            return;
        }
        // "¿y el SENA?", then "cuanto cobran?": the question goes on with the institution just asked about
        Optional<Institution> charging = InstitutionTerms.asked(in, turn, catalog.get())
                .or(() -> asksTheTerms(in, turn) ? institution(institutionShown) : Optional.empty());
        Optional<Challenge> charged = charging.isPresent() ? lastRecommended(turn) : Optional.empty();
        if (charged.isPresent()) {
            // "el sena cobra?" asks what that institution's services cost: its own answer, not its offer nor everyone's terms
            InstitutionTerms.answer(turn, charging.get(), charged.get(), names, true);
            turn.state().put(Flow.INSTITUTION, charging.get().id());
            return;
        }
        if (asksTheTerms(in, turn)) {
            turn.say("common.terms"); // "¿cuánto cuesta el primero?" asks a price, not for the first one's details
            return;
        }
        Optional<Challenge> best = asksForTheBest(in, turn) ? lastRecommended(turn) : Optional.empty();
        if (best.isPresent()) {
            turn.say("challenge.next.best");
            services.run(turn, best.get().id() + " 0");
            return;
        }
        Optional<Institution> institution = institutionAsked(in, turn);
        if (institution.isPresent()) {
            institution(turn, institution.get());
            return;
        }
        Optional<Challenge> compared = ServicesCompared.asked(in, turn) ? lastRecommended(turn) : Optional.empty();
        if (compared.isPresent()) {
            ServicesCompared.show(in, turn, compared.get(), catalog.get(), names); // "¿qué diferencia hay entre el 1 y el 2?"
            return;
        }
        Optional<String> named = serviceNamed(in, turn);
        if (named.isPresent()) {
            services.run(turn, named.get()); // "what's number 2?", "info on the first one": that service's details
            return;
        }
        Optional<String> asked = serviceAsked(in, turn);
        if (asked.isPresent()) {
            services.run(turn, asked.get()); // as its "ℹ️ Más sobre…" button shows it
            return;
        }
        Optional<Service> inCatalogue = catalogueServiceAsked(in, turn);
        if (inCatalogue.isPresent()) {
            turn.say("challenge.next.not-listed");
            browse.show(turn, inCatalogue.get(), WayForward.afterRecommendation(turn, false));
            return;
        }
        String answer = answerAboutTheList(in, turn);
        if (CONTACT_HINT.equals(answer)) {
            // the hint points at the "ℹ️ Más sobre…" buttons: asked under a later answer ("no me sirvió"), they were gone
            turn.send(turn.message(answer).withButtons(RecommendationMessage.closingButtons(turn, recommendedRows(turn), "")));
            return;
        }
        if (answer != null) {
            turn.say(answer);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.more-words")).isEmpty()) {
            moreOptions(turn); // "me puede dar más opciones, esas no me gustan" was noted as a challenge
            return;
        }
        Optional<String> goal = NewGoal.in(in, turn);
        if (goal.isPresent()) {
            offerNewGoal(turn, goal.get()); // "y para exportar?" had been "No tengo esa respuesta"
            return;
        }
        Optional<String> rated = in.kind() == Inbound.Kind.TEXT && !turn.intent().is(Understanding.NEED)
                ? ratedFirst(in.payload(), turn) : Optional.empty();
        if (rated.isPresent()) {
            // "me sirvió pero no necesito asesor": the 👍 told first was lost to the refusal after it, "not really, and
            // no advisor please" was even noted as a new challenge
            feedback.run(turn, rated.get().substring(rated.get().indexOf(' ') + 1));
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny")) {
            // "I don't need an advisor, thanks": a refusal of something else is no new challenge; the question again
            turn.say("common.deny-noted");
            turn.repeatStep();
            return;
        }
        // "sí, tengo otro: quiero vender por internet" is the challenge after its yes
        String said = in.kind() == Inbound.Kind.TEXT ? ChoiceMatcher.afterLead(in.payload(), turn.phrases("choice.nuevo_reto.words")) : "";
        String typed = Trim.oneLine(said, content.get().limits().maxChars());
        boolean aChallenge = content.get().limits().longEnough(typed) || turn.intent().is(Understanding.NEED) && namesSomething(typed);
        if (aChallenge && ChoiceMatcher.wordCount(typed) <= REMARK_WORDS && recommender.fitsNothing(typed, turn.lang())) {
            // "ups, pense q era otra cosa", "oops i thought this was something else" had been noted as the next challenge:
            // nothing of the catalogue fits them, so the question stays, with the challenge one tap away all the same
            keepAsked(turn, typed, "challenge.next.remark", false);
            return;
        }
        if (aChallenge && asks(said, turn)) {
            // "¿eso es presencial o virtual?", "what about training for my developers?" were noted as the next challenge,
            // and all typed later was glued onto it: no answer here is said so, with a person and the challenge one tap away
            keepAsked(turn, typed, "challenge.next.unanswered", true);
            return;
        }
        if (aChallenge) {
            turn.state().put(ChatState.TOLD_NEED, typed);
            turn.goTo(Flow.IDENTIFY);
            return;
        }
        Flow.unexpected(turn, "common.tap-an-option");
    }

    /**
     * Says {@code key} and keeps the text as a challenge one tap away (✏️, see {@link Flow#ASKED}), beside ✅ done and,
     * where there is one, a person: first under a question the bot cannot answer, last under a remark.
     */
    private static void keepAsked(Turn turn, String typed, String key, boolean personFirst) {
        turn.state().put(Flow.ASKED, typed);
        List<List<Outbound.Button>> rows = new ArrayList<>(List.of(
                List.of(turn.button("challenge.next.button.new-challenge", NEW_ONE)),
                List.of(turn.button("challenge.button.done", Flow.SUMMARY_END))));
        if (turn.hasCommand(Flow.HUMAN)) {
            rows.add(personFirst ? 0 : rows.size(), List.of(turn.button("common.button.human", "/" + Flow.HUMAN)));
        }
        turn.send(turn.message(key).withButtons(rows));
    }

    /**
     * The 👍 or 👎 of the list on screen that the text's first part picks, told before a break ("me sirvió, pero…",
     * "not really, and…"), as the whole answers under the list are read; none when the first part picks neither or is
     * a bare yes or no, which may answer anything asked last.
     */
    private Optional<String> ratedFirst(String typed, Turn turn) {
        String first = ChoiceMatcher.beforeAny(typed, turn.phrases("challenge.next.rating-breaks"));
        if (first.isEmpty() || ChoiceMatcher.saysOneOf(first, turn.phrases("common.choice.yes-words"))
                || ChoiceMatcher.saysOneOf(first, turn.phrases("common.choice.no-words"))) {
            // told whole, it was read as the buttons' own words already; "no, no necesito asesor" says no to the advisor
            return Optional.empty();
        }
        return lastRecommended(turn).flatMap(last -> ConversationEngine.readAsOneOf(first, turn, FeedbackCommand.row(turn, last.id())))
                .map(Outbound.Button::data);
    }

    /** A new goal named after the list, offered as a new challenge that starts from it, with a person and the end beside. */
    private static void offerNewGoal(Turn turn, String goal) {
        turn.state().put(Flow.ASKED, goal);
        List<List<Outbound.Button>> rows = new ArrayList<>();
        rows.add(List.of(turn.button("challenge.next.button.new-goal", NEW_GOAL)));
        if (turn.hasCommand(Flow.HUMAN)) {
            rows.add(List.of(turn.button("common.button.human", "/" + Flow.HUMAN)));
        }
        rows.add(List.of(turn.button("challenge.button.done", Flow.SUMMARY_END)));
        turn.send(turn.message("challenge.next.new-goal", "goal", ServiceLines.esc(goal, RecommendationMessage.LINE)).withButtons(rows));
    }

    /** A question by its mark or its first words ("cuál…", "me puede…", "what about…"), however long, is no challenge told. */
    private static boolean asks(String typed, Turn turn) {
        return ChoiceMatcher.asks(typed, turn.phrases("common.choice.question-words"))
                || ChoiceMatcher.begins(typed, turn.phrases("challenge.next.question-leads"));
    }

    /** "me equivoqué en el tamaño, somos 30 no 8": an answer of the profile told wrong, not the challenge. */
    private static boolean correctsTheProfile(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.profile-mentions")).isEmpty();
    }

    /** The list is what fits the challenge as written: the whole catalogue, the challenge told again, or a person. */
    private static void moreOptions(Turn turn) {
        List<List<Outbound.Button>> rows = new ArrayList<>();
        rows.add(List.of(turn.button("challenge.next.button.browse", BrowseCommand.data(null))));
        rows.add(List.of(turn.button("challenge.next.button.rewrite", Flow.NEW_CHALLENGE)));
        if (turn.hasCommand(Flow.HUMAN)) {
            rows.add(List.of(turn.button("common.button.human", "/" + Flow.HUMAN)));
        }
        turn.send(turn.message("challenge.next.more").withButtons(rows));
    }

    /**
     * "¿cuánto cuesta el de investigación de mercados?" asks about a service shown, it is no new challenge; "quiero saber
     * cuánto cuesta producir mi café" asks nothing and is one.
     */
    private static boolean asksTheTerms(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))
                && !ChoiceMatcher.mentioned(in.payload(), turn.phrases("common.terms.questions")).isEmpty();
    }

    /** The text that answers a question about the services and institutions just shown, or null where it asks none. */
    private static String answerAboutTheList(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT) {
            return null;
        }
        if (!ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.contact-words")).isEmpty()) {
            // "¿cómo contacto a la universidad?" asks how to reach whom the list named: where that is, no new challenge
            return CONTACT_HINT;
        }
        if (!ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))) {
            return null;
        }
        if (asksTheTerms(in, turn)) {
            return "common.terms";
        }
        // "¿cuál universidad queda más cerca?" asks about the list; "¿cómo vendo más?" is a challenge told as a question
        return ChoiceMatcher.mentioned(in.payload(), turn.phrases("challenge.next.list-words")).isEmpty() ? null
                : CONTACT_HINT;
    }

    /** "y el 5?" is no challenge, whatever the classifier leans to: a need names something, in a word of its own. */
    private static boolean namesSomething(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+")).anyMatch(word -> word.length() >= 4);
    }
}
