package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Despair about the business told without the crisis words ("estoy desesperada, me van a quitar el local") got "no le
 * entendí" and /ayuda at the menu, or "Entendido, sin problema" where the classifier read a refusal in "ya no puedo
 * más". It gets a word of comfort, and the text is the challenge it tells; a wish to die still gets the crisis lines.
 */
class ChallengeDespairTests {

    /** As the shipped classifier reads these: "ya no puedo más…" leans to a refusal, the rest to nothing it is sure of. */
    private static final Understanding SHIPPED_LIKE = (text, lang) -> text.startsWith("ya no puedo")
            ? new Understanding.Intent("deny", 0.316, false)
            : text.contains("asesor") ? new Understanding.Intent("talk_to_human", 0.87, true)
            : Understanding.Intent.NONE;

    private final ChallengeBot bot = new ChallengeBot(true, true, SHIPPED_LIKE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | estoy desesperada, me van a quitar el local",
            "es | ya no puedo más con este negocio, las deudas me ahogan",
            "en | I'm desperate, the bank will take my shop",
            "es | estamos ahogados en deudas y los proveedores ya no nos fían"})
    void despairToldAtTheMenuIsComfortedAndBecomesTheChallenge(String lang, String typed) {
        bot.at(ConversationEngine.MENU, lang, "commerce", true);

        List<Outbound> replies = bot.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("safety.despair", lang));
        assertThat(ChallengeBot.all(replies)).doesNotContain(TestTexts.texts().get("common.not-understood", lang))
                .doesNotContain("123");
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
        assertThat(ChallengeBot.data(replies)).contains("driver:problem");
    }

    /** At "¿Qué lo inspira?" the refusal the classifier heard was answered "Entendido, sin problema" and nothing kept. */
    @Test
    void despairReadAsARefusalAtTheDriverQuestionIsTheChallenge() {
        bot.at(Flow.IDENTIFY, "es", "commerce", true);
        String typed = "ya no puedo más con este negocio, las deudas me ahogan";

        List<Outbound> replies = bot.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("safety.despair", "es"));
        assertThat(ChallengeBot.all(replies)).doesNotContain(TestTexts.texts().get("common.deny-noted", "es"));
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /** Despair alone tells no challenge: comforted, the menu again, and no miss (two misses offered a person). */
    @Test
    void despairAloneIsComfortedAndIsNoMiss() {
        bot.at(ConversationEngine.MENU, "es", "commerce", true);

        bot.text("estoy desesperado");
        List<Outbound> replies = bot.text("estoy desesperada");

        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("safety.despair", "es"));
        assertThat(ChallengeBot.all(replies)).doesNotContain(TestTexts.texts().get("common.offer-human", "es"))
                .doesNotContain(TestTexts.texts().get("common.not-understood", "es"));
        assertThat(bot.state().step()).isEqualTo(ConversationEngine.MENU);
        assertThat(bot.state().get(Flow.TEXT)).isNull();
    }

    /** The crisis lines are not widened to despair, nor is despair taken from them: a wish to die gets the lines alone. */
    @Test
    void aWishToDieToldWithDespairStillGetsTheCrisisLinesAndNothingIsKept() {
        bot.at(ConversationEngine.MENU, "es", "commerce", true);

        List<Outbound> replies = bot.text("estoy desesperada, me quiero morir, me van a quitar el local");

        assertThat(ChallengeBot.all(replies)).startsWith(TestTexts.texts().get("safety.crisis", "es"))
                .doesNotContain(TestTexts.texts().get("safety.despair", "es"));
        assertThat(bot.state().get(Flow.TEXT)).isNull();
    }

    /** A sure request told in despair is still that request, after the comfort. */
    @Test
    void aSureRequestToldInDespairIsThatRequest() {
        bot.at(ConversationEngine.MENU, "es", "commerce", true);

        List<Outbound> replies = bot.text("estoy desesperado, quiero hablar con un asesor ya");

        assertThat(ChallengeBot.all(replies)).startsWith(TestTexts.texts().get("safety.despair", "es")).contains("CONSULTANT");
        assertThat(bot.state().get(Flow.TEXT)).isNull();
    }
}
