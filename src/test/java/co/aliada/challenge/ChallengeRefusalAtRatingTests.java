package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "no necesito asesor" at the first rating question was added to the challenge's words ("…no vuelven a la tienda no
 * necesito asesor"), and a longer refusal at a later rating was kept as its context. A refusal of a person at a
 * question that offers none changes nothing: it is acknowledged and the question stays.
 */
class ChallengeRefusalAtRatingTests {

    private static final Set<String> REFUSALS = Set.of("no necesito asesor", "I don't need an advisor",
            "no necesito un asesor por ahora, gracias", "no quiero hablar con nadie todavía, gracias", "nadie nos ayuda");

    /** As the shipped classifier reads them: every one a "no", though the last tells more of a challenge. */
    private final ChallengeBot bot = new ChallengeBot(true, true, (text, lang) -> REFUSALS.contains(text)
            ? new Understanding.Intent("deny", 0.72, false) : Understanding.Intent.NONE);

    private void atRating(String lang, String step) {
        bot.at("challenge", lang, "commerce", true);
        bot.press("driver:problem");
        bot.text(challenge(lang));
        if (!step.equals(Flow.URGENCY)) {
            bot.press("rate:3:urgency");
        }
        assertThat(bot.state().step()).isEqualTo(step);
    }

    private static String challenge(String lang) {
        return lang.equals("es") ? "los clientes no vuelven a la tienda" : "customers do not come back to the shop";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | challenge.urgency | no necesito asesor",
            "en | challenge.urgency | I don't need an advisor",
            "es | challenge.feasibility | no necesito un asesor por ahora, gracias",
            "es | challenge.feasibility | no quiero hablar con nadie todavía, gracias"})
    void aRefusalOfAPersonIsAcknowledgedAndTheQuestionStays(String lang, String step, String typed) {
        atRating(lang, step);

        String replies = ChallengeBot.all(bot.text(typed));

        assertThat(replies).startsWith(TestTexts.texts().get("common.deny-noted", lang)).doesNotContain("CONSULTANT");
        assertThat(bot.state().get(Flow.TEXT)).as("nothing is appended to the challenge").isEqualTo(challenge(lang));
        assertThat(bot.state().get(Flow.CONTEXT)).as("nor kept as its context").isNull();
        assertThat(bot.state().step()).isEqualTo(step);
    }

    @org.junit.jupiter.api.Test
    void aNoThatNamesNoPersonStillGoesOnWithTheChallenge() {
        atRating("es", Flow.URGENCY);
        bot.text("no necesito asesor");
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(challenge("es"));

        bot.text("nadie nos ayuda");

        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(challenge("es") + " nadie nos ayuda");
    }
}
