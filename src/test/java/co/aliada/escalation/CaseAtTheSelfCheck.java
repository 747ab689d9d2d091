package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Step;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;

/** A bot with onboarding and a self-check question, for a person who asks for an advisor while at that question. */
final class CaseAtTheSelfCheck {

    /** The text of the question on screen. */
    static final String QUESTION = "selfcheck.tap-an-answer";

    final EscalationHarness h = new EscalationHarness(Understanding.NOTHING, true,
            ((Consumer<TestBot.Builder>) OnboardingFixture::install).andThen(bot -> bot.step(new SelfCheckQuestion())));

    /** At the self-check's first question, profile given, a request for an advisor open. */
    void open() {
        h.store.put(new ChatState(USER, "es", "selfcheck", ChatState.Consent.ACCEPTED, Map.of(
                "profile.sector", "agribusiness", "profile.size", "micro", "profile.municipality", "Popayán")));
        h.send(Inbound.command(USER, "asesor"));
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    /** The self-check as the engine sees it: a question with one-tap answers ({@code sc:L1:0}–{@code 4}). */
    private static final class SelfCheckQuestion implements Step {
        @Override
        public String id() {
            return "selfcheck";
        }

        @Override
        public boolean keepsAnswers() {
            return true;
        }

        @Override
        public void enter(Turn turn) {
            List<Outbound.Button> answers = IntStream.range(0, 5)
                    .mapToObj(i -> new Outbound.Button(String.valueOf(i + 1), "sc:L1:" + i)).toList();
            turn.send(turn.message(QUESTION).withButtons(Turn.rows(5, answers)));
        }

        @Override
        public void handle(Inbound in, Turn turn) {
            turn.state().put("selfcheck.L1", in.payload());
            turn.repeatStep();
        }
    }
}
