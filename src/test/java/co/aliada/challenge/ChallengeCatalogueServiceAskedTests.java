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
 * After a challenge's list, a question about a catalogue service the list does not hold ("cuénteme más de
 * ciberseguridad", "what about the feasibility study?") became the draft of a new challenge: it shows that service as
 * browsing the catalogue (/servicios) does, with who offers it, after a line that says it is not on the list. The same
 * question at the menu gets the same answer.
 */
class ChallengeCatalogueServiceAskedTests {

    private static final List<String> LISTED = List.of("tm-digital-transformation", "mp-distribution-channels", "mp-pricing");

    /** The classifier hears a challenge in every text, as it can in a service's name. */
    private final ChallengeBot bot = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(Understanding.NEED, 0.9, true),
            List.of(new BrowseCommand(() -> ChallengeBot.CATALOG)));

    private void listed(String step, String lang) {
        bot.listed(step, lang, LISTED);
    }

    private List<String> browsed(String serviceId) {
        return bot.press(BrowseCommand.data(serviceId)).stream().map(Outbound::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | cuénteme más de ciberseguridad | tm-cybersecurity",
            "es | ¿qué es eso de la ciberseguridad? | tm-cybersecurity",
            "es | más información sobre el estudio de factibilidad | pd-feasibility",
            "es | ¿y la factibilidad? | pd-feasibility",
            "en | what about the feasibility study? | pd-feasibility",
            "en | tell me more about cybersecurity | tm-cybersecurity"})
    void aCatalogueServiceNotOnTheListIsShownAsBrowsingShowsIt(String lang, String typed, String serviceId) {
        listed(Flow.NEXT, lang);

        List<Outbound> answer = bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(ChatState.TOLD_NEED)).as("no new challenge").isNull();
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        List<String> texts = answer.stream().map(Outbound::text).toList();
        assertThat(texts.get(0)).isEqualTo(TestTexts.texts().get("challenge.next.not-listed", lang));
        assertThat(texts.subList(1, texts.size())).isEqualTo(browsed(serviceId));
        assertThat(ChallengeBot.data(answer)).contains(BrowseCommand.data(null), Flow.NEW_CHALLENGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | cuénteme más de ciberseguridad | tm-cybersecurity",
            "en | what about the feasibility study? | pd-feasibility"})
    void theSameQuestionAtTheMenuGetsTheSameAnswer(String lang, String typed, String serviceId) {
        listed("menu", lang);

        List<String> texts = bot.text(typed).stream().map(Outbound::text).toList();

        assertThat(texts).isNotEmpty();
        assertThat(texts.get(0)).isEqualTo(TestTexts.texts().get("challenge.next.not-listed", lang));
        assertThat(texts.subList(1, texts.size())).isEqualTo(browsed(serviceId));
        assertThat(bot.state().step()).isEqualTo("menu");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | necesitamos ciberseguridad porque el mes pasado nos robaron los datos de los clientes",
            "es | cuénteme más de cómo hacer un estudio de factibilidad para abrir otra tienda en Popayán",
            "en | we need a feasibility study before we launch our new coffee liqueur"})
    void aLongerTextNamingACatalogueServiceIsStillANewChallenge(String lang, String typed) {
        listed(Flow.NEXT, lang);

        bot.text(typed);

        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }
}
