package co.aliada.challenge;

import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ChoiceMatcher;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.Profile;

/**
 * Identify: the person picks the driver that inspires the challenge and gets prompts for their sector. A challenge
 * typed here instead is kept (a second message adds to it): the driver is asked for with one tap, and the prompts
 * to write it are skipped. The drivers may be typed too ("es un problema", "my customers": {@code choice.driver.*.words}).
 */
final class DriverStep implements Step {

    static final String PICK = "driver:";

    private final Supplier<ChallengeContent> content;

    DriverStep(Supplier<ChallengeContent> content) {
        this.content = content;
    }

    @Override
    public String id() {
        return Flow.IDENTIFY;
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
        if (!turn.askingAgain()) {
            turn.state().clear(Flow.DRAFT);
        }
        String told = turn.state().get(ChatState.TOLD_NEED);
        if (told != null) {
            // told earlier, where the bot asked something else: it is the challenge, and only the driver is asked
            turn.state().put(ChatState.TOLD_NEED, null);
            String challenge = Trim.words(told, content.get().limits().maxChars());
            turn.state().put(Flow.TEXT, challenge);
            turn.send(turn.message("challenge.identify.kept", "text", Html.escape(challenge)).withButtons(buttons(turn)));
            return;
        }
        String lang = turn.lang();
        StringBuilder drivers = new StringBuilder();
        for (ChallengeContent.Driver d : content.get().drivers()) {
            drivers.append("\n<b>").append(Html.escape(d.name().in(lang))).append("</b>: ")
                    .append(Html.escape(d.explain().in(lang)));
        }
        turn.send(turn.message("challenge.identify.question", "drivers", drivers.toString().strip()).withButtons(buttons(turn)));
    }

    private List<List<Outbound.Button>> buttons(Turn turn) {
        return Turn.rows(2, content.get().drivers().stream()
                .map(d -> new Outbound.Button(d.name().in(turn.lang()), PICK + d.id())).toList());
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        ChallengeContent.Driver driver = in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(PICK)
                ? content.get().driver(in.payload().substring(PICK.length())) : null;
        String typed = in.kind() == Inbound.Kind.TEXT ? Trim.oneLine(in.payload(), content.get().limits().maxChars()) : "";
        if (!typed.isEmpty() && turn.state().get(Flow.TEXT) == null && declines(typed, turn)) {
            // "no gracias", "solo quería el diagnóstico": no challenge for now, and no question asked again
            turn.say("challenge.identify.not-now");
            turn.goTo(Flow.MENU);
            return;
        }
        if (!typed.isEmpty() && turn.intent().is("deny")) {
            // "no necesito asesor": a refusal of something else is no challenge; the question again
            turn.say("common.deny-noted");
            turn.repeatStep();
            return;
        }
        if (driver == null && content.get().limits().longEnough(typed)) {
            // long enough to be the challenge itself, by the measure of the step that asks for it; a second message
            // goes on with the first, as people write on phones, and never replaces it
            String kept = turn.state().get(Flow.TEXT);
            String challenge = Trim.joined(kept, typed, content.get().limits().maxChars());
            turn.state().put(Flow.TEXT, challenge);
            turn.send(turn.message("challenge.identify.kept", "text", Html.escape(challenge)).withButtons(buttons(turn)));
            return;
        }
        if (driver == null && !typed.isEmpty() && turn.intent().is(Understanding.NEED) && turn.state().get(Flow.TEXT) == null) {
            // a need too short to stand alone ("vendo poco"): the start of the challenge, finished after the driver
            String partial = Trim.joined(turn.state().get(Flow.PARTIAL), typed, Integer.MAX_VALUE);
            turn.state().put(Flow.PARTIAL, partial);
            turn.send(turn.message("challenge.identify.started", "text", Html.escape(partial)).withButtons(buttons(turn)));
            return;
        }
        if (driver == null) {
            Flow.unexpected(turn, "challenge.identify.tap-a-driver");
            return;
        }
        turn.state().put(Flow.DRIVER, driver.id());
        if (turn.state().get(Flow.TEXT) != null) {
            turn.goTo(Flow.URGENCY); // the challenge was typed before the driver was picked
            return;
        }
        String sector = java.util.Objects.requireNonNullElse(Profile.of(turn.state()).sector(), "other");
        StringBuilder prompts = new StringBuilder();
        driver.prompts(sector, turn.lang()).forEach(p -> prompts.append("\n• ").append(Html.escape(p)));
        turn.say("challenge.identify.inspire", "driver", Html.escape(driver.name().in(turn.lang())),
                "prompts", prompts.toString().strip());
        turn.goTo(Flow.BUILD);
    }

    /** Whether the text says there is no challenge to write now, as a whole answer or in so many words. */
    private static boolean declines(String typed, Turn turn) {
        String said = ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words"));
        return ChoiceMatcher.oneOf(said, turn.phrases("challenge.identify.not-now-words")).isPresent()
                || !ChoiceMatcher.mentioned(typed, turn.phrases("challenge.identify.not-now-mentions")).isEmpty();
    }
}
