package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes said twice over at the restated challenge ("sí, perfecto", "ok listo") keeps it, as each word alone does;
 * before, "si perfecto" and "así está perfecto" were asked to tap an option.
 */
class YesSaidTwiceTests {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "es | si perfecto", "es | sí, perfecto", "es | ok listo", "es | listo, perfecto, gracias", "es | así está perfecto",
            "es | dale pues", "en | yes perfect", "en | ok sure", "en | yes, looks good", "en | perfect thanks"})
    void aYesSaidTwiceKeepsTheChallenge(String lang, String typed) {
        ChallengeBot bot = new ChallengeBot(true);
        bot.at("challenge", lang, "commerce", true);
        bot.press("driver:problem");
        bot.text(lang.equals("es") ? "se pierden los pedidos porque los anoto en papel" : "orders get lost because i write them on paper");
        bot.press("rate:3");
        bot.press("rate:2");
        bot.press("rate:3");
        bot.press("discover:skip");
        assertThat(bot.state().step()).isEqualTo(Flow.DEFINE);

        bot.text(typed);

        assertThat(bot.state().step()).as(typed).isNotEqualTo(Flow.DEFINE);
        assertThat(bot.state().get(Flow.TEXT)).as("the draft is kept as a challenge, not left waiting").isNull();
    }
}
