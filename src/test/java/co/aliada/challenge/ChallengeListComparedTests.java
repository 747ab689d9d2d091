package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: after a list, "cual es la diferencia entre el 1 y el 2" and "what's the difference between 1 and 2" were "No
 * tengo esa respuesta": the services named are shown side by side, each with its name and what the company gets, from
 * the catalogue; naming none compares the whole list.
 */
class ChallengeListComparedTests {

    private static final List<String> LISTED = List.of("tm-digital-transformation", "mp-distribution-channels", "pd-feasibility");

    /** The classifier hears a challenge in every text, as it did in these questions. */
    private final ChallengeBot bot = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(Understanding.NEED, 0.9, true));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | cual es la diferencia entre el 1 y el 2 | 1 2",
            "es | ¿qué diferencia hay entre la primera y la tercera? | 1 3",
            "es | ¿en qué se diferencian? | 1 2 3",
            "en | what's the difference between 1 and 2 | 1 2",
            "en | compare the first and the third | 1 3"})
    void servicesOfTheListComparedAreShownSideBySide(String lang, String typed, String numbers) {
        long id = bot.listed(Flow.NEXT, lang, LISTED);
        List<Integer> shown = Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();

        List<Outbound> answer = bot.text(typed);

        String text = ChallengeBot.all(answer);
        String opening = TestTexts.texts().get("challenge.next.compare", lang);
        assertThat(text).startsWith(opening.substring(0, opening.indexOf('\n')))
                .doesNotContain(TestTexts.texts().get("challenge.next.unanswered", lang));
        for (int n = 1; n <= LISTED.size(); n++) {
            var service = ChallengeBot.CATALOG.service(LISTED.get(n - 1)).orElseThrow();
            String description = service.description().in(lang);
            String line = "<b>" + n + ". " + service.name().in(lang) + "</b>: " + description.substring(0, description.indexOf(". ") + 1);
            if (shown.contains(n)) {
                assertThat(text).contains(line);
                assertThat(ChallengeBot.data(answer)).contains(ServiceCommand.data(id, n - 1));
            } else {
                assertThat(text).doesNotContain(service.name().in(lang));
            }
        }
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(ChatState.TOLD_NEED)).as("no new challenge").isNull();
    }

    /** A guard: a challenge told with "diferencia" in it, asking nothing, is still a new challenge. */
    @Test
    void aChallengeThatSpeaksOfADifferenceIsStillANewChallenge() {
        bot.listed(Flow.NEXT, "es", LISTED);
        String typed = "la diferencia es que ahora la competencia vende más barato por internet";

        bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }
}
