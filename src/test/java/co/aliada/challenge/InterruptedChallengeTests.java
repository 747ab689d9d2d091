package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;

/** A strong request typed while writing a challenge is answered, and what was typed is kept. */
class InterruptedChallengeTests {

    private static final String ASKS_FOR_A_PERSON =
            "quiero hablar con un asesor, los pedidos se pierden porque los llevo en un cuaderno";

    private final Understanding understanding = (text, lang) -> text.equals(ASKS_FOR_A_PERSON)
            ? new Understanding.Intent("talk_to_human", 0.9, true) : Understanding.Intent.NONE;
    private final ChallengeBot bot = new ChallengeBot(true, true, understanding);

    @Test
    void aRequestForAPersonIsServedAndWhatWasTypedIsKeptAsTheChallengesWording() {
        bot.at("challenge", "es", "agribusiness", true);
        bot.press("driver:problem");
        assertThat(bot.state().step()).isEqualTo(Flow.BUILD);

        assertThat(ChallengeBot.all(bot.text(ASKS_FOR_A_PERSON))).contains("CONSULTANT");
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(ASKS_FOR_A_PERSON);
    }

    @Test
    void textThatIsNoRequestStaysTheStepsAnswer() {
        bot.at("challenge", "es", "agribusiness", true);
        bot.press("driver:problem");

        bot.text("se pierden los pedidos porque los llevo en un cuaderno");

        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("se pierden los pedidos porque los llevo en un cuaderno");
        assertThat(bot.state().step()).isNotEqualTo(Flow.BUILD);
    }

    /** "háblame en inglés" while writing the challenge came back as the challenge's wording to keep or rewrite. */
    @Test
    void aShortRequestAloneKeepsNothingAsTheChallenge() {
        ChallengeBot asking = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent("change_language", 0.65, true));
        asking.at("challenge", "es", "agribusiness", true);
        asking.press("driver:problem");

        asking.text("háblame en inglés");

        assertThat(asking.state().get(Flow.TEXT)).isNull();
    }
}
