package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rating typed with its reason after it ("bastante, perdemos plata todos los días") was answered "toque una de las
 * opciones": the person had said how urgent it is, and why. The rating is taken, and the reason kept as the
 * challenge's context.
 */
class ChallengeRatingWithReasonTests {

    private static ChallengeBot atUrgency(String lang) {
        ChallengeBot bot = new ChallengeBot(true);
        bot.at("challenge", lang, "manufacturing", true);
        bot.press("driver:problem");
        bot.text(lang.equals("es") ? "el pan se nos queda y toca botarlo" : "the bread is left over and we throw it away");
        assertThat(bot.state().step()).isEqualTo(Flow.URGENCY);
        return bot;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | bastante, perdemos plata todos los días | 3 | perdemos plata todos los días",
            "es | alta porque se pierde la mitad del pan | 3 | se pierde la mitad del pan",
            "es | media, no es que sea tan grave todavía | 2 | no es que sea tan grave todavía",
            "es | pues no mucho, ya casi no horneamos los lunes | 1 | ya casi no horneamos los lunes",
            "en | very urgent, we lose money every single day | 3 | we lose money every single day",
            "en | low because we only bake twice a week | 1 | we only bake twice a week"})
    void theRatingIsTakenAndTheReasonKeptAsContext(String lang, String typed, String level, String reason) {
        ChallengeBot bot = atUrgency(lang);

        String replies = ChallengeBot.all(bot.text(typed));

        assertThat(bot.state().get(Flow.rating("urgency"))).isEqualTo(level);
        assertThat(bot.state().get(Flow.CONTEXT)).isEqualTo(reason);
        assertThat(bot.state().step()).isEqualTo(Flow.FEASIBILITY);
        assertThat(replies).doesNotContain(TestTexts.texts().get("common.tap-an-option", lang));
        assertThat(bot.state().get(Flow.TEXT)).as("the challenge's own text is untouched")
                .isEqualTo(lang.equals("es") ? "el pan se nos queda y toca botarlo" : "the bread is left over and we throw it away");
    }

    /**
     * "todos los días" at "¿Qué tan urgente es resolverlo?" was read as a wish to erase the data (the shipped classifier
     * hears delete_my_data, 0.39, in "todos") and asked "¿Seguro que quiere borrar todos sus datos?". How often it bites
     * says how urgent it is.
     */
    @ParameterizedTest
    @CsvSource({"es, todos los días, delete_my_data", "es, ya mismo, affirm", "en, every day, greet", "en, all the time, out_of_scope"})
    void howOftenOrHowSoonIsAnUrgencyNotACommand(String lang, String typed, String heard) {
        List<String> erased = new ArrayList<>();
        ChallengeBot bot = new ChallengeBot(true, true, (text, l) -> text.equals(typed)
                ? new Understanding.Intent(heard, 0.39, false) : Understanding.Intent.NONE, List.of(new Command() {
                    @Override
                    public List<String> names() {
                        return CommandName.DELETE_MY_DATA.names();
                    }

                    @Override
                    public void run(Turn turn, String args) {
                        erased.add(args);
                    }
                }));
        bot.at("challenge", lang, "manufacturing", true);
        bot.press("driver:problem");
        bot.text(lang.equals("es") ? "el pan se nos queda y toca botarlo" : "the bread is left over and we throw it away");

        bot.text(typed);

        assertThat(erased).isEmpty();
        assertThat(bot.state().get(Flow.rating("urgency"))).isEqualTo("3");
    }

    @Test
    void aLaterRatingWithItsReasonAddsToTheContextAndTheOptionalQuestionIsNotAsked() {
        ChallengeBot bot = atUrgency("es");
        bot.text("alta, perdemos plata todos los días");
        bot.text("media porque no tenemos quien haga las cuentas");

        bot.text("alto");

        assertThat(bot.state().get(Flow.rating("feasibility"))).isEqualTo("2");
        assertThat(bot.state().get(Flow.CONTEXT)).contains("perdemos plata todos los días").contains("no tenemos quien haga las cuentas");
        assertThat(bot.state().step()).isNotEqualTo(Flow.DISCOVER);
    }

    @Test
    void aRatingWithAShortTailIsTakenWithoutContext() {
        ChallengeBot bot = atUrgency("es");

        bot.text("alta, sí");

        assertThat(bot.state().get(Flow.rating("urgency"))).isEqualTo("3");
        assertThat(bot.state().get(Flow.CONTEXT)).isNull();
    }

    @Test
    void moreOfTheChallengeWithoutARatingFirstIsStillAddedToIt() {
        ChallengeBot bot = atUrgency("es");

        bot.text("además, los clientes se quejan de que el pan está duro");

        assertThat(bot.state().get(Flow.rating("urgency"))).isNull();
        assertThat(bot.state().get(Flow.TEXT)).contains("los clientes se quejan");
        assertThat(bot.state().step()).isEqualTo(Flow.URGENCY);
    }
}
