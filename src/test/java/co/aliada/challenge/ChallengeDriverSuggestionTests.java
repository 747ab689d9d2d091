package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "mi problema es que los clientes no vuelven" was kept as the challenge and the driver asked as if nothing had been
 * said. Where the need names its driver plainly, that driver is proposed, to confirm with one tap or change.
 */
class ChallengeDriverSuggestionTests {

    private final ChallengeBot bot = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent("challenge", 0.6, true));

    private static String name(String driver, String lang) {
        return ChallengeBot.CONTENT.driver(driver).name().in(lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | mi problema es que los clientes no vuelven a la tienda | problem",
            "es | El problema es que se nos daña la panela en el camino | problem",
            "en | my problem is that customers don't come back to the shop | problem",
            "es | queremos usar inteligencia artificial para responder pedidos | technology",
            "en | we want to use drones to watch the coffee crop | technology",
            "es | la tendencia es comprar por internet y nosotros no vendemos en línea | trend",
            "es | mis clientes piden que les llevemos los pedidos a domicilio | users",
            "en | our customers ask for payment by phone and we only take cash | users"})
    void aNeedThatNamesItsDriverHasItProposedWithOneTapToConfirm(String lang, String need, String driver) {
        bot.at("menu", lang, "commerce", true);

        List<Outbound> replies = bot.text(need);

        Outbound asked = replies.get(replies.size() - 1);
        assertThat(asked.text()).contains(TestTexts.texts().get("challenge.identify.kept.suggested", lang, "text", need,
                "driver", name(driver, lang)));
        assertThat(asked.buttons().get(0)).as("the proposal first, one tap")
                .containsExactly(new Outbound.Button(TestTexts.texts().get("challenge.identify.button.confirm", lang,
                        "driver", name(driver, lang)), DriverStep.PICK + driver));
        assertThat(ChallengeBot.data(replies)).as("the other drivers stay on offer").containsAll(ChallengeContent.DRIVERS.stream()
                .map(d -> DriverStep.PICK + d).toList());
        assertThat(bot.state().get(Flow.DRIVER)).as("proposed, not chosen").isNull();

        bot.press(DriverStep.PICK + driver);

        assertThat(bot.state().get(Flow.DRIVER)).isEqualTo(driver);
        assertThat(bot.state().step()).isEqualTo(Flow.URGENCY);
    }

    @ParameterizedTest
    @CsvSource({"es, mi problema es que los clientes no vuelven a la tienda, sí", "en, my problem is that customers don't come back, yes"})
    void aTypedYesConfirmsTheProposal(String lang, String need, String yes) {
        ChallengeBot needing = new ChallengeBot(true, true, (text, l) -> text.equals(need)
                ? new Understanding.Intent("challenge", 0.6, true) : Understanding.Intent.NONE);
        needing.at("menu", lang, "commerce", true);
        needing.text(need);

        needing.text(yes);

        assertThat(needing.state().get(Flow.DRIVER)).isEqualTo("problem");
        assertThat(needing.state().step()).isEqualTo(Flow.URGENCY);
    }

    @Test
    void anotherDriverCanStillBeTapped() {
        bot.at("menu", "es", "commerce", true);
        List<Outbound> replies = bot.text("mi problema es que no sé usar las redes sociales para vender");
        assertThat(replies.get(replies.size() - 1).buttons().get(0)).as("the proposal")
                .containsExactly(new Outbound.Button(TestTexts.texts().get("challenge.identify.button.confirm", "es",
                        "driver", name("problem", "es")), DriverStep.PICK + "problem"));

        bot.press(DriverStep.PICK + "technology");

        assertThat(bot.state().get(Flow.DRIVER)).isEqualTo("technology");
    }

    @Test
    void aNeedThatNamesNoDriverIsAskedAsBeforeAndAMessageAddedThatNamesOneHasItProposed() {
        bot.at("menu", "es", "commerce", true);
        String need = "se me dañó el computador y perdí todas las cuentas";

        List<Outbound> replies = bot.text(need);
        assertThat(ChallengeBot.all(replies)).contains(TestTexts.texts().get("challenge.identify.kept", "es", "text", need));

        List<Outbound> added = bot.text("mis clientes piden que les mande la factura por correo");
        assertThat(ChallengeBot.all(added)).contains(TestTexts.texts().get("challenge.identify.added.suggested", "es",
                "text", bot.state().get(Flow.TEXT), "driver", name("users", "es")));
    }
}
