package co.aliada.challenge;

import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;

/**
 * Build: the challenge in the person's own words. A too-short answer is kept and the step asks
 * for one more detail, which is added to it; a very long one is accepted and trimmed.
 */
final class BuildStep implements Step {

    /** Keeps the challenge as it was, when asked to write it again. */
    static final String KEEP = "build:keep";
    /** Takes the text set aside as off-topic as the challenge all the same: the person says it is one. */
    static final String TAKE = "build:take";
    /** A request this short ("háblame en inglés", "quiero un asesor") says nothing of the challenge itself. */
    private static final int REQUEST_ONLY_WORDS = 4;
    /** A greeting this short ("hola", "buenas tardes") is only that: "hola, no vendo nada" goes on to the challenge. */
    private static final int GREETING_WORDS = 3;
    private static final String GREET = "greet";

    private final Supplier<ChallengeContent> content;

    BuildStep(Supplier<ChallengeContent> content) {
        this.content = content;
    }

    @Override
    public String id() {
        return Flow.BUILD;
    }

    @Override
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public boolean expectsText() {
        return true;
    }

    @Override
    public boolean takesProse() {
        return true;
    }

    @Override
    public boolean midSentence(ChatState state) {
        return state.get(Flow.PARTIAL) != null;
    }

    @Override
    public void enter(Turn turn) {
        String previous = turn.state().get(Flow.TEXT);
        if (previous != null) {
            // changing one's mind is one tap (or "déjelo así"): the words typed then are no new challenge
            turn.send(turn.message("challenge.build.rewrite", "previous", Html.escape(previous))
                    .withButtons(Turn.column(turn.button("challenge.build.button.keep", KEEP))));
        } else {
            turn.say("challenge.build.question");
        }
    }

    /** Kept as the draft's wording: coming back, the step shows it to be reused or rewritten. */
    @Override
    public void interrupted(Inbound in, Turn turn) {
        if (ChoiceMatcher.wordCount(in.payload()) <= REQUEST_ONLY_WORDS || turn.intent().is(Understanding.OFF_TOPIC)
                || ChoiceMatcher.onlyWordsOf(in.payload(), turn.phrases("challenge.build.request-words"))) {
            // "háblame en inglés" and "quiero hablar con un asesor por favor" are the request and nothing more, "¿qué hora
            // es?" no wording of a challenge: none to keep
            return;
        }
        String partial = turn.state().get(Flow.PARTIAL);
        String text = Trim.joined(partial, in.payload(), content.get().limits().maxChars());
        turn.state().put(Flow.PARTIAL, null);
        turn.state().put(Flow.TEXT, text);
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(KEEP) && turn.state().get(Flow.TEXT) != null) {
            turn.state().put(Flow.PARTIAL, null);
            turn.goTo(turn.state().get(Flow.rating("impact")) != null ? Flow.DEFINE : Flow.URGENCY);
            return;
        }
        ChallengeContent.Driver driver = in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(DriverStep.PICK)
                ? content.get().driver(in.payload().substring(DriverStep.PICK.length())) : null;
        if (driver != null) {
            // "tecnología" typed (read as its button, still on screen above) or that button tapped: a change of mind
            // about the driver, not an old button; the words typed so far are kept
            turn.state().put(Flow.DRIVER, driver.id());
            turn.say("challenge.build.driver-changed", "driver", Html.escape(driver.name().in(turn.lang())));
            turn.repeatStep();
            return;
        }
        java.util.List<ChallengeContent.Driver> asked = in.kind() == Inbound.Kind.TEXT
                ? DriverStep.askedAbout(content.get(), in.payload(), turn) : java.util.List.of();
        if (!asked.isEmpty()) {
            // "¿qué significa tecnología?" after the driver: no words of the challenge (it had begun it), but what the
            // driver is, its button to start from it instead, and the question again
            turn.send(turn.message("challenge.build.driver-explained", "drivers", DriverStep.described(asked, turn.lang()))
                    .withButtons(Turn.rows(2, asked.stream().map(d -> new Outbound.Button(d.name().in(turn.lang()), DriverStep.PICK + d.id())).toList())));
            turn.repeatStep();
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && Flow.goesBack(in.payload(), turn)) {
            goBack(turn);
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.intent().is(GREET) && ChoiceMatcher.wordCount(in.payload()) <= GREETING_WORDS) {
            // "hola" is no word of the challenge ("¿quién ve esto? atrás hola" was saved as one): greeted, and asked again
            turn.say("common.greet-back");
            turn.repeatStep();
            return;
        }
        if (in.kind() == Inbound.Kind.TEXT && turn.state().get(Flow.PARTIAL) == null && turn.state().get(Flow.TEXT) == null
                && refuses(in.payload(), turn)) {
            return;
        }
        String aside = turn.state().get(Flow.ASIDE);
        turn.state().put(Flow.ASIDE, null);
        boolean taken = in.kind() == Inbound.Kind.BUTTON && in.payload().equals(TAKE) && aside != null;
        if (in.kind() != Inbound.Kind.TEXT && !taken) {
            turn.stalePress(); // only a button of an earlier message gets here: text is the answer
            return;
        }
        String typed = taken ? aside : in.payload();
        ChallengeContent.Limits limits = content.get().limits();
        String partial = turn.state().get(Flow.PARTIAL);
        if (partial == null && !taken && turn.intent().is(Understanding.OFF_TOPIC)) {
            // "¿quién ganó el partido?" was rated and saved as a challenge: set aside, with one tap to keep it all the same
            turn.state().put(Flow.ASIDE, typed);
            turn.send(turn.message("challenge.build.off-topic")
                    .withButtons(Turn.column(turn.button("challenge.build.button.take", TAKE))));
            return;
        }
        if (typed.codePoints().noneMatch(Character::isLetter)) {
            // "...", "5", "😭😭": no words to add to the challenge, which would read "no tengo página web ?"
            turn.say("challenge.build.no-words");
            turn.notUnderstood();
            return;
        }
        boolean nothingMore = saysNothingMore(typed, turn);
        if (nothingMore && partial == null) {
            turn.say("challenge.build.doubt"); // "no sé" before any word of the challenge: how to start, no miss
            return;
        }
        // "no sé" or "urgentísimo" after "no me compran": nothing more to add, the start is the challenge
        String text = nothingMore ? partial : Trim.joined(partial, Courtesies.without(typed, turn), Integer.MAX_VALUE);
        if (!nothingMore && !limits.longEnough(text)) {
            turn.state().put(Flow.PARTIAL, text);
            turn.say("challenge.build.too-short");
            return;
        }
        turn.state().put(Flow.PARTIAL, null);
        if (text.length() > limits.maxChars()) {
            text = Trim.words(text, limits.maxChars());
            turn.say("challenge.build.trimmed", "max", limits.maxChars());
        }
        turn.state().put(Flow.TEXT, text);
        // "✏️ I want to write it again" changes the wording only: ratings already given are kept
        boolean rated = turn.state().get(Flow.rating("impact")) != null;
        turn.goTo(rated ? Flow.DEFINE : Flow.URGENCY);
    }

    /**
     * "atrás": nothing typed since is kept. Rewriting a rated challenge, back to it as it was; else back to the driver
     * question, with the wording written (unrated) kept as a challenge told before the driver, as that question keeps one.
     */
    private static void goBack(Turn turn) {
        turn.state().put(Flow.PARTIAL, null);
        String text = turn.state().get(Flow.TEXT);
        if (text != null && turn.state().get(Flow.rating("impact")) != null) {
            turn.goTo(Flow.DEFINE);
            return;
        }
        turn.state().put(ChatState.TOLD_NEED, text);
        turn.goTo(Flow.IDENTIFY);
    }

    /**
     * Before any word of the challenge: "no gracias" is no challenge for now, as at the driver question, and "no necesito
     * asesor" refuses something else (both had begun the challenge: "Voy entendiendo, ¿me cuenta un detalle más?").
     * Whether it was either, and answered. "no sales" or "no vendo nada" begin a challenge.
     */
    private static boolean refuses(String typed, Turn turn) {
        if (DriverStep.declines(typed, turn)) {
            turn.state().clear(Flow.DRAFT);
            turn.say("challenge.identify.not-now");
            turn.goTo(Flow.MENU);
            return true;
        }
        if (turn.intent().is("deny") && !ChoiceMatcher.mentioned(typed, turn.phrases("challenge.build.refusal-mentions")).isEmpty()) {
            turn.say("common.deny-noted");
            turn.repeatStep();
            return true;
        }
        return false;
    }

    /** A doubt ("no sé") or a rating said too early ("urgentísimo"): no more words for the challenge. */
    private static boolean saysNothingMore(String typed, Turn turn) {
        return ChoiceMatcher.oneOf(typed, turn.phrases("common.choice.doubt-words")).isPresent()
                || Flow.LEVELS.stream().anyMatch(level -> ChoiceMatcher.oneOf(typed, Flow.levelWords(turn, level)).isPresent());
    }
}
