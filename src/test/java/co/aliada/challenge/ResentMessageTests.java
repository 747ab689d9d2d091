package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a weak signal a message is sent again as it was. A challenge sent twice reached the urgency question the second
 * time, which answered "Por favor toque una de las opciones" and counted a miss (two offer a person). The same long
 * message again, with nothing between, is said to have arrived already, and the question on screen comes again.
 */
class ResentMessageTests {

    private static final String ES = "hola buenas, el problema es q los intermediarios nos pagan muy poco x el cafe";
    private static final String EN = "hello, the problem is that middlemen pay us very little for our coffee";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | " + ES, "en | " + EN})
    void aChallengeSentTwiceIsToldItArrivedAndTheRatingIsAskedAgain(String lang, String typed) {
        ChallengeBot bot = new ChallengeBot(true).at("challenge", lang, "agribusiness", true);
        bot.press("driver:problem");
        bot.text(typed);
        assertThat(bot.state().step()).isEqualTo(Flow.URGENCY);

        List<Outbound> again = bot.text(typed);

        assertThat(again).extracting(Outbound::text).first().isEqualTo(ChallengeBot.TEXTS.get("common.resent", lang));
        assertThat(again).extracting(Outbound::text).doesNotContain(ChallengeBot.TEXTS.get("common.tap-an-option", lang))
                .doesNotContain(ChallengeBot.TEXTS.get("common.offer-human", lang));
        assertThat(ChallengeBot.data(again)).contains("rate:3:urgency");
        assertThat(bot.state().step()).isEqualTo(Flow.URGENCY);
        assertThat(bot.text(typed)).as("a third time is no miss either").extracting(Outbound::text)
                .doesNotContain(ChallengeBot.TEXTS.get("common.offer-human", lang));
    }

    /** A short answer said twice answers twice: "alta" is the urgency, then the feasibility. */
    @ParameterizedTest
    @ValueSource(strings = {"alta", "muy alta la verdad"})
    void aShortAnswerSaidTwiceAnswersTwoQuestions(String typed) {
        ChallengeBot bot = new ChallengeBot(true).at("challenge", "es", "agribusiness", true);
        bot.press("driver:problem");
        bot.text(ES);

        bot.text(typed);
        bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.IMPACT);
    }
}
