package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.last;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OnboardingInvalidInputTests {

    private static final String LONG = "a".repeat(5000);
    private static final Map<String, String> QUESTIONS = Map.of(
            Onboarding.CONSENT, "consent.notice", Onboarding.SECTOR, "profile.sector.question",
            Onboarding.SIZE, "profile.size.question", Onboarding.MUNICIPALITY, "profile.municipality.question",
            Onboarding.COMPANY, "profile.company.question");

    /** Per step: what is sent, and the key of the kind answer expected for it. */
    static Stream<Arguments> invalidInputs() {
        List<Arguments> cases = new ArrayList<>();
        for (String lang : List.of("es", "en")) {
            add(cases, lang, Onboarding.CONSENT, "consent.tap-an-option", "consent.tap-an-option");
            // another question's button (an earlier message's keyboard, still on screen)
            add(cases, lang, Onboarding.SECTOR, "common.tap-an-option", "common.stale-button");
            add(cases, lang, Onboarding.SIZE, "common.tap-an-option", "common.stale-button");
            add(cases, lang, Onboarding.MUNICIPALITY, "profile.municipality.invalid", "common.stale-button");
            add(cases, lang, Onboarding.COMPANY, "profile.company.invalid", "common.stale-button");
        }
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String lang, String step, String wrongTextKey, String wrongButtonKey) {
        String wrongText = step.equals(Onboarding.COMPANY) ? "x".repeat(CompanyStep.MAX_LENGTH + 1)
                : step.equals(Onboarding.MUNICIPALITY) ? "12345" : "tal vez mañana, perro verde";
        boolean textStep = step.equals(Onboarding.MUNICIPALITY) || step.equals(Onboarding.COMPANY);
        cases.add(Arguments.of(lang, step, "a text where a button is expected (or a bad text)",
                send(in -> Inbound.text(in, wrongText)), wrongTextKey));
        cases.add(Arguments.of(lang, step, "an empty message", send(in -> Inbound.text(in, "   ")), "common.empty"));
        cases.add(Arguments.of(lang, step, "a 5,000-character message", send(in -> Inbound.text(in, LONG)),
                textStep ? wrongTextKey : "common.too-long"));
        cases.add(Arguments.of(lang, step, "unknown button data", send(in -> Inbound.button(in, "mining:gold")),
                wrongButtonKey));
        cases.add(Arguments.of(lang, step, "a sticker", send(in -> Inbound.unsupported(in, "sticker")),
                "common.unsupported"));
    }

    private static Function<String, Inbound> send(Function<String, Inbound> make) {
        return make;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("invalidInputs")
    void invalidInputGetsAKindAnswerAndTheStepIsKept(String lang, String step, String what,
                                                     Function<String, Inbound> input, String kindKey) {
        Talk talk = new Talk(lang).at(step);
        Map<String, String> before = talk.profile();

        List<Outbound> replies = talk.send(input.apply(talk.chat));

        if (step.equals(Onboarding.CONSENT) && kindKey.equals("consent.tap-an-option")) {
            // the notice is just above: its buttons again under the short answer, not its 600 characters
            assertThat(replies).singleElement().satisfies(reply -> {
                assertThat(reply.text()).isEqualTo(talk.t(kindKey));
                assertThat(Talk.data(reply)).containsExactly("consent:yes", "consent:no");
            });
            assertThat(talk.state().step()).isEqualTo(step);
            return;
        }
        assertThat(replies).hasSizeGreaterThanOrEqualTo(2);
        assertThat(replies.get(0).text()).startsWith(talk.t(kindKey, "max", kindKey.startsWith("common")
                ? 4096 : step.equals(Onboarding.COMPANY) ? CompanyStep.MAX_LENGTH : MunicipalityStep.MAX_LENGTH));
        assertThat(last(replies).text()).isEqualTo(talk.t(QUESTIONS.get(step)));
        assertThat(talk.state().step()).isEqualTo(step);
        assertThat(talk.profile()).isEqualTo(before);
    }
}
