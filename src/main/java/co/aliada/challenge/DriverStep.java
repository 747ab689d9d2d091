package co.aliada.challenge;

import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.Turn;
import co.aliada.onboarding.Profile;

/** Identify: the person picks the driver that inspires the challenge and gets prompts for their sector. */
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
    public boolean keepsAnswers() {
        return true;
    }

    @Override
    public void enter(Turn turn) {
        turn.state().clear(Flow.DRAFT);
        String lang = turn.lang();
        StringBuilder drivers = new StringBuilder();
        for (ChallengeContent.Driver d : content.get().drivers()) {
            drivers.append("\n<b>").append(Html.escape(d.name().in(lang))).append("</b>: ")
                    .append(Html.escape(d.explain().in(lang)));
        }
        List<Outbound.Button> buttons = content.get().drivers().stream()
                .map(d -> new Outbound.Button(d.name().in(lang), PICK + d.id())).toList();
        turn.send(turn.message("challenge.identify.question", "drivers", drivers.toString().strip())
                .withButtons(Turn.rows(2, buttons)));
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        ChallengeContent.Driver driver = in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(PICK)
                ? content.get().driver(in.payload().substring(PICK.length())) : null;
        if (driver == null) {
            Flow.unexpected(turn, "challenge.identify.tap-a-driver");
            return;
        }
        turn.state().put(Flow.DRIVER, driver.id());
        String sector = java.util.Objects.requireNonNullElse(Profile.of(turn.state()).sector(), "other");
        StringBuilder prompts = new StringBuilder();
        driver.prompts(sector, turn.lang()).forEach(p -> prompts.append("\n• ").append(Html.escape(p)));
        turn.say("challenge.identify.inspire", "driver", Html.escape(driver.name().in(turn.lang())),
                "prompts", prompts.toString().strip());
        turn.goTo(Flow.BUILD);
    }
}
