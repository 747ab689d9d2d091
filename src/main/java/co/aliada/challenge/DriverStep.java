package co.aliada.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** The words kept were no challenge; the latest message added to them was none of it. */
    static final String DROP = "identify:drop";
    static final String UNDO = "identify:undo";
    /** "no no, eso no es un reto, era una pregunta" says it was none; a longer text saying so says more besides. */
    private static final int DROP_WORDS = 10;

    private final Supplier<ChallengeContent> content;
    private final Challenges challenges;
    /** Reads whether a need held from earlier only said who is asking. */
    private final Recommender recommender;

    DriverStep(Supplier<ChallengeContent> content, Challenges challenges, Recommender recommender) {
        this.content = content;
        this.challenges = challenges;
        this.recommender = recommender;
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

    /** A challenge typed here ("mis datos de clientes están en desorden") is kept, not read as the request its words lean to. */
    @Override
    public boolean takesProse() {
        return true;
    }

    private List<ChallengeContent.Driver> askedAbout(String typed, Turn turn) {
        return askedAbout(content.get(), typed, turn);
    }

    /**
     * The drivers a short question about a word names ("¿qué es tendencia?", "what does technology mean"), by name or
     * by their own words in either language.
     */
    static List<ChallengeContent.Driver> askedAbout(ChallengeContent content, String typed, Turn turn) {
        return ChoiceMatcher.askedWhatIs(typed, turn.phrases("common.choice.what-is-words"))
                .map(term -> content.drivers().stream().filter(d -> ChoiceMatcher.namesAWordOf(term, d.name().in(turn.lang())
                        + " " + String.join(" ", turn.phrases("choice.driver." + d.id() + ".words")))).toList())
                .orElse(List.of());
    }

    /** Each driver's name and what it is, one a line, as the driver question lists them. */
    static String described(List<ChallengeContent.Driver> drivers, String lang) {
        StringBuilder lines = new StringBuilder();
        for (ChallengeContent.Driver d : drivers) {
            lines.append("\n<b>").append(Html.escape(d.name().in(lang))).append("</b>: ").append(Html.escape(d.explain().in(lang)));
        }
        return lines.toString().strip();
    }

    @Override
    public void enter(Turn turn) {
        ChatState state = turn.state();
        String told = state.get(ChatState.TOLD_NEED);
        boolean onlyItsStart = state.get(Flow.TOLD_START) != null;
        state.put(Flow.TOLD_START, null);
        if (told == null && ChallengeDraft.of(state).isPresent() && (!turn.askingAgain() || state.get(Flow.DRIVER) != null)) {
            // "/nuevo_reto" or "🎯 Nuevo reto" with a challenge half written: cleared unasked, it was lost ("¿Lo dejamos
            // así?" and then /mis_retos' "✏️ Escribir mi primer reto"); finish it, or start anew and it is discarded.
            // Asked again with a driver picked (only a draft from further on has one here), this question again
            turn.send(turn.message("challenge.draft.pending", "text", Flow.draftShown(state)).withButtons(turn.yesNo(
                    turn.button("challenge.draft.button.finish", Flow.FINISH_DRAFT),
                    turn.button("challenge.draft.button.fresh", Flow.FRESH_DRAFT))));
            return;
        }
        if (!turn.askingAgain()) {
            state.clear(Flow.DRAFT);
        }
        if (told != null) {
            // told earlier, where the bot asked something else: it is the challenge, and only the driver is asked
            state.put(ChatState.TOLD_NEED, null);
            String challenge = Trim.words(Courtesies.without(told, turn), content.get().limits().maxChars());
            if (onlyItsStart || recommender.onlySaysWhoIsAsking(challenge)) {
                // "I run a small coffee roastery in Popayan", held from a first message, had been rated and matched as the
                // challenge: it is its start, and the rest is asked for after the driver
                state.put(Flow.PARTIAL, challenge);
                turn.send(turn.message("challenge.identify.started", "text", Html.escape(challenge)).withButtons(buttons(turn)));
                return;
            }
            state.put(Flow.TEXT, challenge);
            kept(turn, "challenge.identify.kept", challenge);
            return;
        }
        if (state.get(Flow.TEXT) != null) {
            // asked again ("/continuar", after a "no"): the words kept are shown, never carried along out of sight
            kept(turn, "challenge.identify.kept", state.get(Flow.TEXT));
            return;
        }
        if (state.get(Flow.PARTIAL) != null) {
            turn.send(turn.message("challenge.identify.started", "text", Html.escape(state.get(Flow.PARTIAL))).withButtons(buttons(turn)));
            return;
        }
        turn.send(turn.message("challenge.identify.question", "drivers", described(content.get().drivers(), turn.lang()))
                .withButtons(buttons(turn)));
    }

    /**
     * The challenge's words as kept, with the drivers to tap and a way to say it was no challenge ("era una pregunta"):
     * after a second message, with the way to take that one back out as well.
     */
    private void kept(Turn turn, String key, String challenge) {
        Optional<ChallengeContent.Driver> told = DriverSuggestion.in(challenge, content.get().drivers());
        // the driver the words name ("mi problema es…") was asked as if nothing was said: proposed first, the others below
        List<List<Outbound.Button>> rows = new ArrayList<>(told.isEmpty() ? buttons(turn) : proposed(told.get(), turn));
        if (turn.state().get(Flow.BEFORE) != null) {
            rows.add(List.of(turn.button("challenge.identify.button.undo", UNDO)));
        }
        rows.add(List.of(turn.button("challenge.identify.button.drop", DROP)));
        turn.send((told.isEmpty() ? turn.message(key, "text", Html.escape(challenge))
                : turn.message(key + ".suggested", "text", Html.escape(challenge), "driver", Html.escape(told.get().name().in(turn.lang()))))
                .withButtons(rows));
    }

    private List<List<Outbound.Button>> buttons(Turn turn) {
        return Turn.rows(2, driverButtons(turn));
    }

    /** The driver the words name ("✅ Sí: 🔧 Un problema"), the others below it. */
    private List<List<Outbound.Button>> proposed(ChallengeContent.Driver told, Turn turn) {
        Outbound.Button confirm = new Outbound.Button(
                turn.text("challenge.identify.button.confirm", "driver", told.name().in(turn.lang())), PICK + told.id());
        return Turn.proposedFirst(confirm, driverButtons(turn).stream().filter(b -> !b.data().equals(confirm.data())).toList());
    }

    private List<Outbound.Button> driverButtons(Turn turn) {
        return content.get().drivers().stream().map(d -> new Outbound.Button(d.name().in(turn.lang()), PICK + d.id())).toList();
    }

    /**
     * "no era un reto", "olvídelo" with words kept: about them, ahead of the erasing of data its words lean to; "¿qué es
     * tendencia?": what the drivers named are, never the choice of one (it had chosen 📈 Una tendencia).
     */
    @Override
    public boolean answersItself(Inbound in, Turn turn) {
        return in.kind() == Inbound.Kind.TEXT && (dropsTheDraft(in.payload(), turn) || !askedAbout(in.payload(), turn).isEmpty());
    }

    @Override
    public void handle(Inbound in, Turn turn) {
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(DROP) || in.kind() == Inbound.Kind.TEXT && dropsTheDraft(in.payload(), turn)) {
            drop(turn);
            return;
        }
        if (in.kind() == Inbound.Kind.BUTTON && in.payload().equals(UNDO) && turn.state().get(Flow.BEFORE) != null) {
            turn.state().put(Flow.TEXT, turn.state().get(Flow.BEFORE));
            turn.state().put(Flow.BEFORE, null);
            turn.say("challenge.identify.undone");
            turn.repeatStep();
            return;
        }
        ChallengeContent.Driver driver = in.kind() == Inbound.Kind.BUTTON && in.payload().startsWith(PICK)
                ? content.get().driver(in.payload().substring(PICK.length())) : null;
        String typed = in.kind() == Inbound.Kind.TEXT ? Trim.oneLine(in.payload(), content.get().limits().maxChars()) : "";
        List<ChallengeContent.Driver> asked = typed.isEmpty() ? List.of() : askedAbout(typed, turn);
        if (!asked.isEmpty()) {
            // a question about the options is no challenge's wording and no miss: what they are, and the same buttons
            turn.send(turn.message("challenge.identify.explained", "drivers", described(asked, turn.lang())).withButtons(buttons(turn)));
            return;
        }
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
            // goes on with the first, as people write on phones, and never replaces it; said so, with one tap to take it
            // back out ("eso es presencial o virtual?" noted as a challenge had everything typed later glued onto it)
            String before = turn.state().get(Flow.TEXT);
            String challenge = Trim.joined(before, Courtesies.without(typed, turn), content.get().limits().maxChars());
            if (challenge.equals(before)) {
                // the same message sent twice (a resend, a double tap) adds nothing: "Lo agregué…" and ↩️ had said it did
                kept(turn, "challenge.identify.kept", challenge);
                return;
            }
            turn.state().put(Flow.TEXT, challenge);
            turn.state().put(Flow.BEFORE, before);
            int max = content.get().limits().maxChars();
            if (Trim.joined(before, Courtesies.without(in.payload(), turn), Integer.MAX_VALUE).length() > max) {
                // a long story had been cut to its start with no word of it (its goal came at the end), as the next question says
                turn.say("challenge.build.trimmed", "max", max);
            }
            kept(turn, before == null ? "challenge.identify.kept" : "challenge.identify.added", challenge);
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

    /**
     * "no no, eso no es un reto, era una pregunta", "olvídelo": the words kept were no challenge. Thrown away and said
     * so; "Entendido, sin problema" had kept them, and the next tap on a driver saved them as one. Then back to "¿Tiene
     * otro reto?" where a challenge was saved already, else the driver question.
     */
    private void drop(Turn turn) {
        if (ChallengeDraft.of(turn.state()).isEmpty()) {
            Flow.unexpected(turn, "challenge.identify.tap-a-driver"); // an old "🗑️" with nothing kept: said to be old
            return;
        }
        turn.state().clear(Flow.DRAFT);
        turn.say("challenge.identify.dropped");
        if (challenges.of(turn.state().chat()).isEmpty()) {
            turn.repeatStep();
        } else {
            turn.goTo(Flow.NEXT);
        }
    }

    private static boolean dropsTheDraft(String typed, Turn turn) {
        return ChallengeDraft.of(turn.state()).isPresent()
                && ChoiceMatcher.saidBriefly(typed, turn.phrases("challenge.identify.drop-mentions"), DROP_WORDS).isPresent();
    }

    /** Whether the text says there is no challenge to write now, as a whole answer or in so many words. */
    static boolean declines(String typed, Turn turn) {
        String said = ChoiceMatcher.withoutLead(typed, turn.phrases("common.choice.lead-words"));
        return ChoiceMatcher.oneOf(said, turn.phrases("challenge.identify.not-now-words")).isPresent()
                || !ChoiceMatcher.mentioned(typed, turn.phrases("challenge.identify.not-now-mentions")).isEmpty();
    }
}
