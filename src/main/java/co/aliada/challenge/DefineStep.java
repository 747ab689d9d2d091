package co.aliada.challenge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * Define: restates the challenge as "¿Cómo podríamos…?" and asks to confirm or rewrite it. On
 * confirmation it is saved (with consent only), and its recommendations are sent.
 */
final class DefineStep implements Step {

    static final String CONFIRM = "define:ok";
    static final String REWRITE = "define:rewrite";
    /** What was typed here goes with the challenge, or takes its place, or is dropped: {@link Flow#MORE} holds it meanwhile. */
    static final String ADD = "define:add";
    static final String REPLACE = "define:replace";
    static final String DROP = "define:drop";
    /** "y tampoco" alone adds nothing: an addition says something after its first word or two. */
    private static final int ADDITION_WORDS = 3;

    private final Supplier<ChallengeContent> content;
    private final Challenges challenges;
    private final Recommender recommender;
    private final Clock clock;

    DefineStep(Supplier<ChallengeContent> content, Challenges challenges, Recommender recommender, Clock clock) {
        this.content = content;
        this.challenges = challenges;
        this.recommender = recommender;
        this.clock = clock;
    }

    @Override
    public String id() {
        return Flow.DEFINE;
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
        ChatState state = turn.state();
        if (state.get(Flow.TEXT) == null || state.get(Flow.DRIVER) == null) {
            turn.goTo(Flow.IDENTIFY); // the draft was cleared meanwhile (a restart)
            return;
        }
        String hmw = HowMightWe.restate(content.get(), state.get(Flow.DRIVER), state.get(Flow.TEXT),
                state.get(Flow.CONTEXT), turn.lang());
        state.put(Flow.HMW, hmw);
        String text = state.get(Flow.TEXT);
        // on a line of its own: texts are read without their edge spaces and line breaks
        String own = HowMightWe.leavesOut(content.get(), turn.lang(), hmw, text) ? "\n" + turn.text("challenge.define.own-words", "text", Html.escape(text)) : "";
        List<List<Outbound.Button>> rows = new ArrayList<>(turn.yesNo(turn.button("challenge.define.button.confirm", CONFIRM),
                turn.button("challenge.define.button.rewrite", REWRITE)));
        if (state.get(Flow.ADVISOR) != null && turn.hasCommand(Flow.HUMAN)) {
            // "…y también quisiera hablar con un asesor" in the context answer: kept as context, and the person one tap away
            if (!turn.askingAgain()) {
                turn.say("challenge.define.advisor-asked");
            }
            rows.add(List.of(turn.button("common.button.human", "/" + Flow.HUMAN)));
        }
        turn.send(turn.message("challenge.define.question", "hmw", Html.escape(hmw), "own", own,
                "urgency", turn.text(Flow.ratingKey(turn, "urgency", rating(state, "urgency"))),
                "feasibility", turn.text(Flow.ratingKey(turn, "feasibility", rating(state, "feasibility"))),
                "impact", turn.text(Flow.ratingKey(turn, "impact", rating(state, "impact"))))
                .withButtons(rows));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        String pressed = in.kind() == Inbound.Kind.BUTTON ? in.payload() : "";
        String more = turn.state().get(Flow.MORE);
        if (more != null && List.of(ADD, REPLACE, DROP).contains(pressed)) {
            turn.state().put(Flow.MORE, null);
            if (!pressed.equals(DROP)) {
                takeMore(more, pressed.equals(ADD), turn);
            }
            turn.repeatStep();
        } else if (pressed.equals(REWRITE)) {
            turn.state().put(Flow.MORE, null);
            turn.goTo(Flow.BUILD);
        } else if (pressed.equals(CONFIRM) && turn.state().get(Flow.HMW) != null) {
            confirm(turn);
        } else if (in.kind() == Inbound.Kind.TEXT && changesRatings(in.payload(), turn)) {
            turn.repeatStep();
        } else if (in.kind() == Inbound.Kind.TEXT && told(in.payload(), turn)) {
            return;
        } else {
            Flow.unexpected(turn, "challenge.define.confirm-or-rewrite");
        }
    }

    /**
     * More words about the challenge: "ah, y tampoco tenemos página web" goes with it; "quiero que la gente pueda pedir por
     * whatsapp" may be the challenge told again or one more detail, so the person says which. Replacing it unasked lost
     * the challenge ("…ahora que ah y se me olvidaba?").
     */
    private boolean told(String typed, Turn turn) {
        ChallengeContent.Limits limits = content.get().limits();
        String text = Trim.oneLine(typed, limits.maxChars());
        // "más o menos, falta decir que…": the restatement is nearly right, and what follows is what it lacks
        String rest = ChoiceMatcher.afterLead(text, turn.phrases("challenge.define.partly-words"));
        // "falta decir que es en el barrio" asks to add what follows "que"; "ah, y tampoco…" adds all it says
        String asked = ChoiceMatcher.afterLead(rest, turn.phrases("challenge.define.add-asks"));
        if (!asked.equals(rest) && ChoiceMatcher.wordCount(asked) > 0) {
            takeMore(asked, true, turn);
            turn.repeatStep();
            return true;
        }
        // an addition may be short ("also we have no brand"): it adds to a challenge already long enough
        if (ChoiceMatcher.begins(rest, turn.phrases("challenge.define.add-words")) && ChoiceMatcher.wordCount(rest) >= ADDITION_WORDS) {
            takeMore(rest, true, turn);
            turn.repeatStep();
            return true;
        }
        if (!limits.longEnough(text)) {
            return false;
        }
        turn.state().put(Flow.MORE, text);
        turn.send(turn.message("challenge.define.add-or-replace", "text", Html.escape(text)).withButtons(Turn.column(
                turn.button("challenge.define.button.add", ADD), turn.button("challenge.define.button.replace", REPLACE),
                turn.button("challenge.define.button.drop", DROP))));
        return true;
    }

    /** The words typed at the restatement, added to the challenge's or in their place; said before it is restated again. */
    private void takeMore(String more, boolean add, Turn turn) {
        int max = content.get().limits().maxChars();
        String text = turn.state().get(Flow.TEXT);
        // a comma between the two tells them apart ("…registro invima, ah y tampoco tenemos empaque")
        String before = text.matches("(?s).*[.,;:!?…]\\s*$") ? text : text + ",";
        turn.state().put(Flow.TEXT, add ? Trim.joined(before, more, max) : more);
        turn.say(add ? "challenge.define.added" : "challenge.define.replaced");
    }

    /** "el impacto es bajo": that rating changed, the rest of the challenge kept; a bare "alta" is told how. */
    private static boolean changesRatings(String typed, Turn turn) {
        RatingChange change = RatingChange.read(typed, turn);
        change.levels().forEach((criterion, level) -> turn.state().put(Flow.rating(criterion), level));
        if (change.unnamed()) {
            turn.say("challenge.define.change-rating");
        }
        return !change.levels().isEmpty() || change.unnamed();
    }

    private void confirm(Turn turn) {
        ChatState state = turn.state();
        Challenge challenge = new Challenge(0, state.chat(), state.get(Flow.DRIVER), state.get(Flow.TEXT),
                state.get(Flow.HMW), rating(state, "urgency"), rating(state, "feasibility"), rating(state, "impact"),
                state.get(Flow.CONTEXT), List.of(), List.of(), clock.instant(), true);
        if (state.consented()) {
            challenge = challenge.withId(challenges.save(challenge));
            turn.say("challenge.define.saved", "count", challenges.of(state.chat()).size());
        } else {
            turn.say("challenge.define.not-saved");
        }
        MatchResult result = recommender.match(state, challenge, turn.lang(), Recommender.TOP);
        boolean weak = recommender.weak(result);
        turn.send(RecommendationMessage.build(turn, challenge, result, weak));
        if (challenge.id() > 0 && !weak) {
            List<MatchResult.Service> top = RecommendationMessage.top(result);
            challenges.recommended(challenge.id(), top.stream().map(MatchResult.Service::id).toList(),
                    top.stream().map(MatchResult.Service::name).toList());
        }
        state.clear(Flow.DRAFT);
        // the recommendation already asks what next: stand at that step without asking again
        state.step(Flow.NEXT);
    }

    private static int rating(ChatState state, String criterion) {
        return state.getInt(Flow.rating(criterion), 2);
    }
}
