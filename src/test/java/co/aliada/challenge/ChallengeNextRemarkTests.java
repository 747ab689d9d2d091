package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.matching.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: at "¿Tiene otro reto?", "ups, pense q era otra cosa" and "oops i thought this was something else" were noted as
 * the next challenge and the driver was asked: any text long enough counted as one. A short remark in which nothing of
 * the catalogue fits names no business matter: it is answered, and the question stays, with one tap to take it as a
 * challenge all the same.
 */
class ChallengeNextRemarkTests {

    private final ChallengeBot bot = new ChallengeBot(true);

    private void listed(String lang) {
        bot.at(Flow.NEXT, lang, "commerce", true);
        long id = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", "los pedidos se pierden", "los pedidos se pierden",
                2, 2, 2, null, List.of(), List.of(), Instant.EPOCH, true));
        bot.challenges.recommended(id, List.of("tm-solution-implementation"), List.of("Implementación de soluciones"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | ups, pense q era otra cosa", "en | oops i thought this was something else",
            "es | jajaja q chistoso todo esto", "en | lol my cousin sent me this link"})
    void aShortRemarkThatNamesNoBusinessMatterStartsNoChallenge(String lang, String typed) {
        listed(lang);
        bot.matcher.answer = MatchResult.nothing();

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).contains(TestTexts.texts().get("challenge.next.remark", lang));
        assertThat(ChallengeBot.data(replies)).contains(NextStep.NEW_ONE, Flow.SUMMARY_END);
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(ChatState.TOLD_NEED)).isNull();
        assertThat(bot.state().get(Flow.TEXT)).isNull();

        bot.press(NextStep.NEW_ONE);
        assertThat(bot.state().step()).as("one tap takes it as a challenge all the same").isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /** A short text in which something fits is the next challenge, as before. */
    @Test
    void aShortChallengeInWhichSomethingFitsIsTheNextChallenge() {
        listed("es");

        bot.text("los domicilios llegan tarde siempre");

        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("los domicilios llegan tarde siempre");
    }
}
