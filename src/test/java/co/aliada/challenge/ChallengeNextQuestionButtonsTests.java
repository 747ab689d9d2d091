package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "¿Tiene otro reto?" asked again after a typed answer it did not understand laid "➕ Otro reto" and "Terminar" one to
 * a row and left out the advisor, where the recommendation just above had them side by side with the advisor below:
 * the buttons moved under the person's thumb between one answer and the next.
 */
class ChallengeNextQuestionButtonsTests {

    private static final List<String> LISTED = List.of("tm-digital-transformation", "mp-distribution-channels");

    /** The rows under "¿Tiene otro reto?" asked again after a text it did not understand, below a listed challenge. */
    private static List<List<Outbound.Button>> askedAgain(ChallengeBot bot, String lang) {
        bot.listed(Flow.NEXT, lang, LISTED);
        List<Outbound> answer = bot.text("zzz");
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        return answer.get(answer.size() - 1).buttons();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theQuestionAskedAgainEndsWithTheRecommendationsClosingRows(String lang) {
        List<List<Outbound.Button>> rows = askedAgain(new ChallengeBot(true), lang);

        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        assertThat(rows.get(rows.size() - 2)).extracting(Outbound.Button::data).containsExactly(Flow.NEW_CHALLENGE, Flow.SUMMARY_END);
        assertThat(rows.get(rows.size() - 1)).extracting(Outbound.Button::data).containsExactly("/" + Flow.HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void withoutAnAdvisorTheQuestionEndsWithAnotherAndDoneSideBySide(String lang) {
        List<List<Outbound.Button>> rows = askedAgain(new ChallengeBot(false), lang);

        assertThat(rows.get(rows.size() - 1)).extracting(Outbound.Button::data).containsExactly(Flow.NEW_CHALLENGE, Flow.SUMMARY_END);
    }

    /** "¿eso cuesta plata?" below the list got the terms with the list's buttons again, every one alone on its row. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void buttonsShownAgainBelowAnAnswerKeepTheirRows(String lang) {
        ChallengeBot bot = new ChallengeBot(true);
        List<List<Outbound.Button>> rows = askedAgain(bot, lang);

        List<Outbound> answer = bot.text(lang.equals("es") ? "¿eso cuesta plata?" : "does it cost money?");

        assertThat(ChallengeBot.all(answer)).doesNotContain(ChallengeBot.TEXTS.get("challenge.next.question", lang));
        assertThat(answer.get(answer.size() - 1).buttons()).isEqualTo(rows);
    }
}
