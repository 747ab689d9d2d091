package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rating typed as people say it, at the feasibility question: "not very feasible" and "no muy factible" had been
 * asked to tap an option.
 */
class RatingsInOtherWordsTests {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "en | not very feasible | 1", "en | not very | 1", "en | not feasible | 1", "en | not easy | 1",
            "en | pretty hard | 1", "en | very feasible | 3", "en | quite feasible | 3", "en | doable | 2",
            "es | no muy factible | 1", "es | poco factible | 1", "es | no es fácil | 1", "es | bastante difícil | 1",
            "es | muy factible | 3", "es | factible | 3", "es | más o menos factible | 2"})
    void aRatingInOtherWordsIsTaken(String lang, String typed, int rating) {
        ChallengeBot bot = new ChallengeBot(true);
        bot.at("challenge", lang, "commerce", true);
        bot.press("driver:problem");
        bot.text(lang.equals("es") ? "casi no vendo en el local" : "we hardly sell at the shop");
        bot.press("rate:3");
        assertThat(bot.state().step()).isEqualTo(Flow.FEASIBILITY);

        bot.text(typed);

        assertThat(bot.state().step()).as(typed).isEqualTo(Flow.IMPACT);
        assertThat(bot.state().getInt(Flow.rating("feasibility"), 0)).as(typed).isEqualTo(rating);
    }
}
