package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.last;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An earlier question's answer typed again at a question that takes text (a message sent twice on a weak signal, or
 * typed after the tap): the person pressed no old button, so they are not told they did; the profile keeps what was
 * noted and the question waits.
 */
class AnswerTypedAgainTests {

    @ParameterizedTest(name = "{0}: \"{1}\" at the municipality question")
    @CsvSource({"es, micro", "es, 1 a 10", "es, solo yo", "en, micro", "en, 1 to 10", "en, just me"})
    void anEarlierAnswerTypedAgainIsNoOldButton(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        Map<String, String> before = talk.profile();

        List<Outbound> replies = talk.text(typed);

        assertThat(Talk.texts(replies)).doesNotContain(talk.t("common.stale-button"));
        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.stale-answer"));
        assertThat(last(replies).text()).isEqualTo(talk.t("profile.municipality.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
        assertThat(talk.profile()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: a tap on an old button is still told so")
    @CsvSource({"es", "en"})
    void anOldButtonTappedIsStillToldSo(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);

        List<Outbound> replies = talk.tap("size:small");

        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.stale-button"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }
}
