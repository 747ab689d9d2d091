package co.aliada.challenge;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;

/**
 * Prioritize: one criterion (urgency, feasibility or impact) rated Low, Medium or High with one tap. A button's data
 * names its criterion ({@code rate:3:urgency}), so a tap on the urgency's keyboard, still on screen while the
 * feasibility is asked, is known as old and not taken as the feasibility; {@code rate:3} alone, the data of
 * keyboards sent before, still counts.
 */
final class RatingStep implements Step {

    static final String RATE = "rate:";

    /** Fewer words than this are a rating attempt, never more of the challenge. */
    private static final int PIECE_WORDS = 3;
    /** At a later rating, this many words or more that name no rating tell who is affected or what was tried. */
    private static final int CONTEXT_WORDS = 5;
    /** A refusal of a person says little more than that; a longer text that names one tells more of the challenge. */
    private static final int REFUSAL_WORDS = 8;

    private final String id;
    private final String criterion;
    private final String next;
    private final String previous;
    private final Supplier<ChallengeContent> content;

    /** {@code previous}: where "atrás" leads, the rating before this one or the challenge's wording. */
    RatingStep(String id, String criterion, String previous, String next, Supplier<ChallengeContent> content) {
        this.id = id;
        this.criterion = criterion;
        this.previous = previous;
        this.next = next;
        this.content = content;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean keepsToldNeeds() {
        return false; // a challenge is being written: what is typed here is for it
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        turn.send(turn.message("challenge.rate." + criterion).withButtons(Turn.rows(3, buttons(turn))));
    }

    private List<Outbound.Button> buttons(Turn turn) {
        return Flow.LEVELS.stream().map(v -> turn.button(Flow.ratingKey(turn, criterion, v), RATE + v + ":" + criterion)).toList();
    }

    /** "volver" is the way back here, ahead of the restart its word leans to. */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && Flow.goesBack(in.payload(), turn);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && !isOwn(in.payload())) {
            turn.stalePress();
            return;
        }
        String value = switch (in.kind()) {
            case BUTTON -> in.payload().substring(RATE.length()).split(":")[0];
            case TEXT -> in.payload().strip();
            default -> "";
        };
        if (in.kind() == Inbound.Kind.TEXT && Flow.goesBack(in.payload(), turn)) {
            turn.goTo(previous); // the ratings given are kept, to be changed by tapping again
            return;
        }
        if (!Flow.LEVELS.contains(value) && refusesAPerson(in, turn)) {
            // "no necesito asesor" at the first rating was added to the challenge's words: it refuses what is not offered here
            turn.say("common.deny-noted");
            turn.repeatStep();
            return;
        }
        Optional<RatedWithReason> rated = Flow.LEVELS.contains(value) ? Optional.empty() : ratedWithReason(in, turn);
        if (rated.isPresent()) {
            // "bastante, perdemos plata todos los días" was "toque una opción": the rating it starts with is the answer,
            // and the reason after it is kept as the challenge's context, as the optional question would have kept it
            RatedWithReason answer = rated.get();
            turn.state().put(Flow.rating(criterion), answer.value());
            if (ChoiceMatcher.wordCount(answer.reason()) >= PIECE_WORDS) {
                turn.state().put(Flow.CONTEXT, Trim.joined(turn.state().get(Flow.CONTEXT), answer.reason(),
                        content.get().limits().maxContextChars()));
                turn.say("challenge.rate.reason-noted", "rating", turn.text(Flow.ratingKey(turn, criterion, answer.value())));
            }
            turn.goTo(next);
            return;
        }
        if (!Flow.LEVELS.contains(value) && continuesTheChallenge(in, turn)) {
            // the challenge told in several messages: the next one arrives at the first rating question
            String challenge = Trim.joined(turn.state().get(Flow.TEXT), in.payload(), content.get().limits().maxChars());
            turn.state().put(Flow.TEXT, challenge);
            turn.say("challenge.text-added", "text", Html.escape(challenge));
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value) && tellsTheContext(in, turn)) {
            // "ya probé con plásticos pero no sirve, afecta a los 4 trabajadores" was "Entendido, sin problema": it answers
            // the optional question asked after the ratings, kept for it
            turn.state().put(Flow.CONTEXT, Trim.joined(turn.state().get(Flow.CONTEXT), in.payload(),
                    content.get().limits().maxContextChars()));
            turn.say("challenge.rate.context-noted");
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value) && in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny")) {
            turn.say("common.deny-noted"); // "no necesito asesor": a refusal of something else, no answer and no miss
            turn.repeatStep();
            return;
        }
        if (!Flow.LEVELS.contains(value)) {
            Flow.unexpected(turn, "common.tap-an-option");
            return;
        }
        turn.state().put(Flow.rating(criterion), value);
        turn.goTo(next);
    }

    /** A rating typed first and why after it: "alta, porque se nos daña el pan", "very urgent, we lose money daily". */
    record RatedWithReason(String value, String reason) {
    }

    private Optional<RatedWithReason> ratedWithReason(Inbound in, Turn turn) {
        if (in.kind() != Inbound.Kind.TEXT || ChoiceMatcher.asks(in.payload(), turn.phrases("common.choice.question-words"))) {
            return Optional.empty();
        }
        String typed = in.payload().strip();
        int split = firstBreak(typed, turn.phrases("challenge.rate.reason-leads"));
        if (split <= 0) {
            return namedWithThisCriterion(typed, turn).map(value -> new RatedWithReason(value, ""));
        }
        String rating = typed.substring(0, split);
        return ConversationEngine.readAsOneOf(rating, turn, buttons(turn))
                .map(button -> button.data().substring(RATE.length()).split(":")[0])
                .or(() -> namedWithThisCriterion(rating, turn))
                .map(value -> new RatedWithReason(value, ChoiceMatcher.afterLead(
                        typed.substring(split).replaceFirst("^[\\s,.;:!]+", ""), turn.phrases("challenge.rate.reason-leads"))));
    }

    /**
     * The level of a rating told with this question's own word ("alto impacto", "el impacto sería alto", "full
     * impacto"), read as at the restated challenge; it was "toque una de las opciones". None when another criterion is
     * rated too, or the level is denied ("no es de alto impacto").
     */
    private Optional<String> namedWithThisCriterion(String typed, Turn turn) {
        Map<String, String> levels = RatingChange.read(typed, turn).levels();
        return levels.size() == 1 ? Optional.ofNullable(levels.get(criterion)) : Optional.empty();
    }

    /** Where the rating ends: at the first mark (",", ".", ";", ":", "!") or word that leads a reason ("porque"). */
    private static int firstBreak(String typed, Set<String> reasonLeads) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int at = -1;
        for (int i = 0; i < lower.length() && at < 0; i++) {
            if (",.;:!".indexOf(lower.charAt(i)) >= 0) {
                at = i;
            }
        }
        for (String lead : reasonLeads) {
            int found = (" " + lower + " ").indexOf(" " + lead + " ");
            if (found > 0 && (at < 0 || found - 1 < at)) {
                at = found - 1;
            }
        }
        return at;
    }

    /**
     * A text of a few words that names no rating ("la gente pasa por el local y no entra"), typed at the first rating
     * question right after the challenge: more of the challenge, not an answer.
     */
    private boolean continuesTheChallenge(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && Flow.URGENCY.equals(id) && turn.state().get(Flow.TEXT) != null
                && ChoiceMatcher.wordCount(in.payload()) >= PIECE_WORDS && namesNoRating(in.payload(), turn);
    }

    /** A short "no" that names a person and no rating ("no necesito un asesor, gracias"): no answer, and none of the challenge. */
    private static boolean refusesAPerson(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && turn.intent().is("deny") && namesNoRating(in.payload(), turn)
                && ChoiceMatcher.saidBriefly(in.payload(), turn.phrases("challenge.rate.person-words"), REFUSAL_WORDS).isPresent();
    }

    /** A longer text at a later rating that names none: who is affected, or what was tried. */
    private boolean tellsTheContext(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && !Flow.URGENCY.equals(id) && ChoiceMatcher.wordCount(in.payload()) >= CONTEXT_WORDS
                && namesNoRating(in.payload(), turn);
    }

    private static boolean namesNoRating(String typed, Turn turn) {
        Set<String> ratings = new HashSet<>();
        Flow.LEVELS.forEach(level -> ratings.addAll(Flow.levelWords(turn, level)));
        return ChoiceMatcher.mentioned(typed, ratings).isEmpty();
    }

    private boolean isOwn(String data) {
        if (!data.startsWith(RATE)) {
            return false;
        }
        String[] parts = data.substring(RATE.length()).split(":", -1);
        return parts.length == 1 || parts.length == 2 && parts[1].equals(criterion);
    }
}
