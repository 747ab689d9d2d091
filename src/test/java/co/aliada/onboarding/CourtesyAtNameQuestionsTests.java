package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: at the municipality and business-name questions, "buenas tardes", "no gracias" and "no necesito asesor" were kept
 * ("Anotado: No Gracias.", "Mucho gusto, Buenas Tardes."). The classifier reads them as small talk or a refusal, which it
 * never calls strong, so the free-text steps took them as the answer.
 */
class CourtesyAtNameQuestionsTests {

    private static Talk heard(String lang, String intent, double score, String step) {
        return new Talk(lang, (text, l) -> new Understanding.Intent(intent, score, false)).at(step);
    }

    @ParameterizedTest
    @CsvSource({"es, greet, 0.76, buenas tardes, common.greet-back", "es, thanks, 0.93, muchas gracias, common.thanks-back",
            "en, greet, 0.78, good afternoon, common.greet-back", "es, greet, 0.8, 'hola, buenas', common.greet-back"})
    void aGreetingAtTheMunicipalityIsSaidBackAndTheQuestionAskedAgain(String lang, String intent, double score, String typed, String back) {
        Talk talk = heard(lang, intent, score, Onboarding.MUNICIPALITY);
        List<String> replies = texts(talk.text(typed));
        assertThat(replies).containsExactly(talk.t(back), talk.t("profile.municipality.question"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.MUNICIPALITY);
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    @ParameterizedTest
    @CsvSource({"es, no gracias", "es, no necesito asesor", "en, no thanks", "en, I don't need an advisor"})
    void aRefusalAtTheMunicipalityMovesOnWithoutOne(String lang, String typed) {
        Talk talk = heard(lang, "deny", 0.73, Onboarding.MUNICIPALITY);
        List<String> replies = texts(talk.text(typed));
        assertThat(replies).startsWith(talk.t("profile.municipality.skipped"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.MUNICIPALITY);
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
    }

    @ParameterizedTest
    @CsvSource({"es, greet, 0.76, buenas tardes, common.greet-back", "en, thanks, 0.92, thank you so much, common.thanks-back"})
    void aGreetingAtTheBusinessNameIsNoName(String lang, String intent, double score, String typed, String back) {
        Talk talk = heard(lang, intent, score, Onboarding.COMPANY);
        List<String> replies = texts(talk.text(typed));
        assertThat(replies).startsWith(talk.t(back));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
    }

    @ParameterizedTest
    @CsvSource({"es, no gracias", "es, no necesito asesor", "es, todavía no tiene nombre", "en, no thanks"})
    void aRefusalAtTheBusinessNameLeavesItOut(String lang, String typed) {
        Talk talk = heard(lang, "deny", 0.74, Onboarding.COMPANY);
        List<String> replies = texts(talk.text(typed));
        assertThat(replies).contains(talk.t("profile.done")).noneMatch(r -> r.contains("Gracias") || r.contains("Asesor") || r.contains("thanks"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);
    }

    /** A name that merely holds a greeting's or thanks' word is a name, whatever the classifier leans to. */
    @ParameterizedTest
    @CsvSource({"greet, 0.51, Hola Café", "thanks, 0.48, Gracias a Dios", "goodbye, 0.34, Adiós Arrugas Spa", "deny, 0.33, Nuevo Nordeste"})
    void aNameThatHoldsSuchAWordIsKept(String intent, double score, String typed) {
        Talk talk = heard("es", intent, score, Onboarding.COMPANY);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, typed);
    }
}
