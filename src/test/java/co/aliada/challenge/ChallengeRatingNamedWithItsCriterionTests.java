package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import co.aliada.conversation.TestTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rating told with the question's own word ("alto impacto", "impacto alto", "full impacto", "el impacto sería alto")
 * was answered "Por favor toque una de las opciones": the level was there, beside the word the question asked about.
 */
class ChallengeRatingNamedWithItsCriterionTests {

    private static ChallengeBot atImpact(String lang) {
        ChallengeBot bot = new ChallengeBot(true);
        bot.at("challenge", lang, "manufacturing", true);
        bot.press("driver:problem");
        bot.text(lang.equals("es") ? "el pan se nos queda y toca botarlo" : "the bread is left over and we throw it away");
        bot.press("rate:3:urgency");
        bot.press("rate:2:feasibility");
        assertThat(bot.state().step()).isEqualTo(Flow.IMPACT);
        return bot;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | alto impacto | 3",
            "es | impacto alto | 3",
            "es | full impacto | 3",
            "es | el impacto sería alto | 3",
            "es | bajo impacto | 1",
            "es | un impacto medio | 2",
            "en | high impact | 3",
            "en | the impact would be low | 1"})
    void theLevelBesideTheQuestionsWordIsTheAnswer(String lang, String typed, String level) {
        ChallengeBot bot = atImpact(lang);

        String replies = ChallengeBot.all(bot.text(typed));

        assertThat(bot.state().get(Flow.rating("impact"))).isEqualTo(level);
        assertThat(replies).doesNotContain(TestTexts.texts().get("common.tap-an-option", lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | alto impacto, porque venderíamos todo el pan del día | 3 | venderíamos todo el pan del día",
            "en | high impact, we would sell all the bread | 3 | we would sell all the bread"})
    void aReasonAfterItIsKeptAsContext(String lang, String typed, String level, String reason) {
        ChallengeBot bot = atImpact(lang);

        bot.text(typed);

        assertThat(bot.state().get(Flow.rating("impact"))).isEqualTo(level);
        assertThat(bot.state().get(Flow.CONTEXT)).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | no es de alto impacto",
            "es | la urgencia es alta",
            "en | not high impact"})
    void aDeniedLevelOrAnotherCriterionsIsNotThisAnswer(String lang, String typed) {
        ChallengeBot bot = atImpact(lang);

        bot.text(typed);

        assertThat(bot.state().get(Flow.rating("impact"))).isNull();
    }
}
