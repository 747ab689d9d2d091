package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA, after a list: 👎 offers an advisor first, and "si" (or "sí, quiero", "dale", "ok", "yes please") started a new
 * challenge or asked to tap an option; it takes the offer, as its tap does. After 👍, "no, la verdad no me sirvio" was
 * noted as a new challenge and a typed "👎" changed nothing: both change the rating to 👎, with what 👎 brings.
 */
class ChallengeRatingAfterTheListTests {

    private static final List<String> LISTED = List.of("tm-digital-transformation", "mp-distribution-channels");

    /** As the shipped classifier reads them: a yes to the offer, a no to the question. */
    private static final Understanding READ = (text, lang) -> switch (text) {
        case "si", "sí, quiero", "dale", "ok", "yes please" -> new Understanding.Intent("affirm", 0.9, true);
        case "no, la verdad no me sirvio", "👎", "not really, it didn't help" -> new Understanding.Intent("deny", 0.8, true);
        default -> Understanding.Intent.NONE;
    };

    private final ChallengeBot bot = new ChallengeBot(true, true, READ);

    private long rated(String lang, boolean useful) {
        long id = bot.listed(Flow.NEXT, lang, LISTED);
        List<Outbound> thanks = bot.press(FeedbackCommand.data(id, useful));
        assertThat(ChallengeBot.all(thanks)).isEqualTo(TestTexts.texts().get(
                useful ? "challenge.feedback.thanks-up" : "challenge.feedback.thanks-down", lang));
        return id;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | si", "es | sí, quiero", "es | dale", "es | ok", "en | yes please", "en | yes"})
    void aYesToTheAdvisorOfferedAfterThumbsDownTakesIt(String lang, String typed) {
        rated(lang, false);
        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).as("as the tap of the offer").isEqualTo("CONSULTANT");
        assertThat(bot.state().get(ChatState.TOLD_NEED)).isNull();
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | no, la verdad no me sirvio", "es | 👎", "en | not really, it didn't help"})
    void aThumbsDownTypedAfterThumbsUpChangesTheRating(String lang, String typed) {
        long id = rated(lang, true);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).isEqualTo(TestTexts.texts().get("challenge.feedback.thanks-down", lang));
        assertThat(bot.challenges.feedback).containsExactly("web:test:" + id + ":true", "web:test:" + id + ":false");
        assertThat(ChallengeBot.data(replies)).startsWith("/asesor not-useful", Flow.NEW_CHALLENGE);
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(ChatState.TOLD_NEED)).isNull();
    }

    /** A bare "no" after 👍 still answers "¿Tiene otro reto?" as before; it changes no rating. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | no", "en | no"})
    void aBareNoAfterThumbsUpChangesNoRating(String lang, String typed) {
        long id = rated(lang, true);

        bot.text(typed);

        assertThat(bot.challenges.feedback).containsExactly("web:test:" + id + ":true");
    }
}
