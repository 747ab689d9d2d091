package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After a challenge's list, a typed wish to know more about one of its services ("cuénteme más de la transformación
 * digital", "¿qué es eso de canales de distribución?", "more about the feasibility study", or just its name) became
 * the draft of a new challenge: it shows that service's details, as its "ℹ️ Más sobre…" button does.
 */
class ChallengeListServiceByNameTests {

    private static final List<String> LISTED = List.of("tm-digital-transformation", "mp-distribution-channels", "pd-feasibility");

    /** The classifier hears a challenge in every text, as it can in a service's name ("transformación digital"). */
    private final ChallengeBot bot = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(Understanding.NEED, 0.9, true));

    private long listed(String lang) {
        return bot.listed(Flow.NEXT, lang, LISTED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | cuénteme más de la transformación digital | 0",
            "es | ¿qué es eso de canales de distribución? | 1",
            "es | canales de distribución | 1",
            "es | y la transformación digital? | 0",
            "es | Transformación digital | 0",
            "es | más información sobre el estudio de factibilidad | 2",
            "es | pues cuénteme más de la factibilidad para mi tienda | 2",
            "es | Factibilidad y prospectiva para el desarrollo de productos | 2",
            "en | more about the feasibility study | 2",
            "en | what is digital transformation? | 0",
            "en | distribution channels | 1",
            "en | tell me more about the distribution channels one | 1"})
    void aServiceOfTheListNamedShowsItsDetailsAsItsButtonDoes(String lang, String typed, int index) {
        long id = listed(lang);

        List<Outbound> answer = bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(ChatState.TOLD_NEED)).as("no new challenge").isNull();
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        List<Outbound> tapped = bot.press(ServiceCommand.data(id, index));
        assertThat(answer.stream().map(Outbound::text).toList()).isEqualTo(tapped.stream().map(Outbound::text).toList());
        assertThat(ChallengeBot.data(answer)).isEqualTo(ChallengeBot.data(tapped));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | quiero mejorar los canales de distribución de mi café para venderlo en Cali",
            "es | necesitamos una transformación digital en toda la empresa porque todo es en papel",
            "es | no tenemos canales de distribución para llegar a otras ciudades",
            "en | we need a feasibility study before we launch our new coffee liqueur"})
    void aNewChallengeThatNamesAServiceIsStillANewChallenge(String lang, String typed) {
        listed(lang);

        bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    @Test
    void aServiceNotOnTheListIsNoAnswerFromIt() {
        long id = listed("es");

        List<Outbound> answer = bot.text("ciberseguridad");

        assertThat(ChallengeBot.data(answer)).doesNotContain(ServiceCommand.data(id, 0));
        assertThat(ChallengeBot.all(answer)).doesNotContain("Universidad del Cauca");
    }
}
