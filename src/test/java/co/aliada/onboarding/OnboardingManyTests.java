package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Html;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Muchas" alone is Colombian for "muchas gracias", and the classifier reads it so (and "many", "a lot"); typed under
 * "¿Cuántas personas trabajan en su empresa?" it was answered "¡Con mucho gusto!". There it says how many, roughly.
 */
class OnboardingManyTests {

    /** As the shipped classifier reads them: thanks, sure enough to answer. */
    private static final Understanding THANKS = (text, lang) -> text.toLowerCase().matches("(muchas|muchísimas|many|a lot).*")
            ? new Understanding.Intent("thanks", 0.54, true) : Understanding.Intent.NONE;

    @ParameterizedTest
    @CsvSource({"es, muchas", "es, muchísimas", "es, somos bastantes", "en, many", "en, a lot"})
    void manyAtTheSizeQuestionAsksRoughlyHowManyAndIsNoThanks(String lang, String typed) {
        Talk talk = new Talk(lang, THANKS).at(Onboarding.SIZE);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).doesNotContain(talk.t("common.thanks-back"));
        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.choice.vague-count"));
        assertThat(last(replies).text()).isEqualTo(talk.t("profile.size.question"));
        assertThat(data(last(replies))).containsExactly("size:micro", "size:small", "size:medium");
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SIZE);
        assertThat(texts(talk.text(typed))).as("twice over, no miss").doesNotContain(talk.t("common.tap-an-option"));
    }

    @ParameterizedTest
    @CsvSource({"es, muchas", "en, many"})
    void elsewhereItStaysThanks(String lang, String typed) {
        Talk talk = new Talk(lang, THANKS).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.thanks-back"));
        assertThat(Html.toPlain(last(replies).text())).isEqualTo(Html.toPlain(talk.t("profile.sector.question")));
    }
}
