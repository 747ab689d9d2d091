package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "¿Qué cuenta como empleado? ¿Mi esposa cuenta?" at "¿Cuántas personas trabajan en su empresa?" was "tap one of the
 * options" and counted as a miss ("mi esposa cuenta?" even asked to confirm erasing the data, "cuenta" read as an
 * account). It is told who counts, and the question waits.
 */
class OnboardingSizeQuestionsTests {

    /** As the shipped classifier leans: "cuenta" to erasing one's data (an account). */
    private static final Understanding ACCOUNT = (text, lang) -> text.contains("cuenta")
            ? new Understanding.Intent("delete_my_data", 0.62, true) : Understanding.Intent.NONE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es|¿qué cuenta como empleado? ¿mi esposa cuenta?", "es|mi esposa cuenta?",
            "es|¿cuentan los jornaleros?", "en|does my wife count?", "en|Who counts? Do seasonal workers count?"})
    void aQuestionAboutWhoCountsIsAnsweredAndTheQuestionWaits(String lang, String typed) {
        Talk talk = new Talk(lang, ACCOUNT).at(Onboarding.SIZE);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).as("no miss").doesNotContain(talk.t("common.tap-an-option"));
        assertThat(texts(replies)).containsExactly(talk.t("profile.size.explained"), talk.t("profile.size.question"));
        assertThat(data(last(replies))).containsExactly("size:micro", "size:small", "size:medium");
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SIZE);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es|mi esposa cuenta, somos 3", "es|somos 3 personas, cuento a mi esposa",
            "en|we are 4 people, does my wife count?"})
    void aCountWithTheSameWordsStillAnswers(String lang, String typed) {
        Talk talk = new Talk(lang, ACCOUNT).at(Onboarding.SIZE);

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SIZE, "micro");
    }

    /**
     * QA: "somos 4 contando a mi mama jaja" was "toque una de las opciones", twice, and then an offer of a person: the
     * count said with who is counted in ("contando a…", "counting my mom") is the count, as "somos 4 con mi mamá" was.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es|somos 4 contando a mi mama jaja", "es|somos 4 contándome a mí",
            "es|somos 5 incluyendo a mi esposo", "en|we are 4 counting my mom", "en|we are 4 devs in total"})
    void aCountWithWhoIsCountedInAnswers(String lang, String typed) {
        Talk talk = new Talk(lang, ACCOUNT).at(Onboarding.SIZE);

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SIZE, "micro");
    }
}
