package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deleting one saved challenge: QA found none. "quiero borrar el primer reto" showed the details of the first service
 * of the list, and "borrar reto" offered to erase all the data.
 */
class ChallengeDeletionTests {

    private static final String ERASE_ALL = "ERASE ALL";
    private static final String ORDERS = "¿Cómo podríamos no perder pedidos?";
    private static final String PRICES = "¿Cómo podríamos poner precios?";

    private ChallengeBot bot;
    private long orders;
    private long prices;

    /** A chat with two saved challenges, the first listed first; /borrar_datos stands in as a command saying ERASE ALL. */
    private void twoChallenges(String step, Understanding heard) {
        bot = new ChallengeBot(true, true, heard, List.of(new Command() {
            @Override
            public List<String> names() {
                return CommandName.DELETE_MY_DATA.names();
            }

            @Override
            public void run(Turn turn, String args) {
                turn.send(Outbound.text(turn.state().chat(), ERASE_ALL));
            }
        }));
        bot.at(step, "es", "commerce", true);
        orders = save(ORDERS, 3, 3, 3);
        prices = save(PRICES, 1, 1, 2);
    }

    private long save(String hmw, int urgency, int feasibility, int impact) {
        long id = bot.challenges.save(new Challenge(0, ChallengeBot.CHAT, "problem", hmw, hmw, urgency, feasibility, impact,
                null, List.of(), List.of(), Instant.EPOCH, true));
        bot.challenges.recommended(id, List.of("tm-solution-implementation", "ci-process-automation"),
                List.of("Implementación de soluciones", "Automatización de procesos"));
        return id;
    }

    private static Understanding hearing(String intent) {
        return (text, lang) -> new Understanding.Intent(intent, 0.6, true);
    }

    private static String text(String key, Object... nameValues) {
        return TestTexts.texts().get(key, "es", nameValues);
    }

    @Test
    void theDeleteButtonOfAChallengeAsksThenDeletesThatOneOnly() {
        twoChallenges("menu", Understanding.NOTHING);
        bot.challenges.feedback(ChallengeBot.CHAT, orders, true);
        bot.challenges.feedback(ChallengeBot.CHAT, prices, false);
        assertThat(ChallengeBot.data(bot.press(ChallengeCommand.data(orders)))).contains(DeleteChallengeCommand.data(orders));

        List<Outbound> asked = bot.press(DeleteChallengeCommand.data(orders));
        assertThat(ChallengeBot.all(asked)).isEqualTo(text("challenge.delete.confirm", "hmw", ORDERS));
        assertThat(ChallengeBot.data(asked)).containsExactly(DeleteChallengeCommand.yes(orders), DeleteChallengeCommand.data(orders) + " no");

        assertThat(ChallengeBot.all(bot.press(DeleteChallengeCommand.data(orders) + " no"))).isEqualTo(text("challenge.delete.kept"));
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);

        assertThat(ChallengeBot.all(bot.press(DeleteChallengeCommand.yes(orders)))).isEqualTo(text("challenge.delete.done", "hmw", ORDERS, "count", 1));

        assertThat(bot.challenges.of(ChallengeBot.CHAT)).extracting(Challenge::id).containsExactly(prices);
        assertThat(bot.challenges.feedback).containsExactly(ChallengeBot.CHAT + ":" + prices + ":false");
        assertThat(ChallengeBot.all(bot.command("mis_retos"))).contains("Sus retos (1)").contains(PRICES).doesNotContain(ORDERS);
        assertThat(ChallengeBot.all(bot.command("resumen"))).contains(PRICES).doesNotContain(ORDERS);
        assertThat(ChallengeBot.all(bot.press(DeleteChallengeCommand.yes(orders)))).as("a second tap").isEqualTo(text("challenge.feedback.unknown"));
    }

    /** "quiero borrar el primer reto" after a recommendation showed the first service's details. */
    @Test
    void aChallengeToDeleteNamedByItsNumberIsAskedAboutNotItsListsService() {
        twoChallenges("challenge.next", hearing("restart"));

        List<Outbound> asked = bot.text("quiero borrar el primer reto");

        assertThat(ChallengeBot.all(asked)).isEqualTo(text("challenge.delete.confirm", "hmw", ORDERS));
        assertThat(ChallengeBot.all(bot.text("borre el reto 2"))).isEqualTo(text("challenge.delete.confirm", "hmw", PRICES));
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);
    }

    /**
     * QA: "borra el reto 1" typed under the list of saved challenges, while another was being written (/mis_retos asked
     * at its driver question), was "toque una de las cuatro opciones": the challenge numbered in the list is asked about.
     */
    @Test
    void aSavedChallengeNamedByItsNumberUnderTheListWhileAnotherIsWrittenIsAskedAbout() {
        twoChallenges(Flow.IDENTIFY, Understanding.NOTHING);
        bot.command("mis_retos");
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);

        assertThat(ChallengeBot.all(bot.text("borra el reto 1"))).isEqualTo(text("challenge.delete.confirm", "hmw", ORDERS));
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);
    }

    /** "borrar el reto" with no number while one is written is about that one: no saved challenge is offered. */
    @Test
    void aChallengeNamedWithoutANumberWhileOneIsWrittenIsNoSavedOne() {
        twoChallenges(Flow.IDENTIFY, Understanding.NOTHING);

        assertThat(ChallengeBot.all(bot.text("borrar el reto"))).doesNotContain(text("challenge.delete.which"));
    }

    /** "borrar reto" offered to erase all the data: the person named no data, only a challenge. */
    @ParameterizedTest
    @CsvSource({"menu, borrar reto", "challenge.next, borrar reto", "menu, quiero eliminar uno de mis retos",
            "challenge.next, delete a challenge"})
    void aWishToDeleteAChallengeNamingNoneAsksWhichOneAndErasesNothingElse(String step, String typed) {
        twoChallenges(step, hearing("delete_my_data"));

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).doesNotContain(ERASE_ALL).startsWith(text("challenge.delete.which"))
                .contains("1. <i>" + ORDERS).contains("2. <i>" + PRICES);
        assertThat(ChallengeBot.data(replies)).containsExactly(DeleteChallengeCommand.data(orders), DeleteChallengeCommand.data(prices));
        // "el 2" or "el reto 2" then picks which one to delete, not the list's second service or the challenge's list
        assertThat(ChallengeBot.all(bot.text("el reto 2"))).isEqualTo(text("challenge.delete.confirm", "hmw", PRICES));
    }

    /** After a list, a typed "no" to "¿Borro este reto?" ended the journey with the summary ("no más retos"). */
    @Test
    void aTypedNoAfterAListKeepsTheChallengeAndTheQuestion() {
        twoChallenges("challenge.next", Understanding.NOTHING);
        bot.text("quiero borrar el primer reto");

        assertThat(ChallengeBot.all(bot.text("no"))).isEqualTo(text("challenge.delete.kept"));

        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);
        assertThat(bot.state().step()).isEqualTo("challenge.next");
        assertThat(ChallengeBot.all(bot.text("no"))).as("with no question over it, no more challenges").contains(
                TestTexts.texts().get("summary.title", "es"));
    }

    @Test
    void withOneChallengeAWishToDeleteItAsksAboutThatOne() {
        twoChallenges("menu", hearing("delete_my_data"));
        bot.challenges.delete(ChallengeBot.CHAT, prices);

        assertThat(ChallengeBot.all(bot.text("borrar mi reto"))).isEqualTo(text("challenge.delete.confirm", "hmw", ORDERS));
    }

    /** Where the person names their data, erasing it all is what is asked for (and /borrar_datos asks first). */
    @ParameterizedTest
    @CsvSource({"borrar mis datos y mis retos", "quiero borrar toda mi información y los retos"})
    void aWishNamingTheDataIsStillToEraseIt(String typed) {
        twoChallenges("menu", hearing("delete_my_data"));

        assertThat(ChallengeBot.all(bot.text(typed))).isEqualTo(ERASE_ALL);
    }

    /** Deleting cannot be undone: a bare "sí" is asked to tap, as for erasing the data; the button's own words delete. */
    @Test
    void aBareYesDoesNotDeleteButTheButtonsOwnWordsDo() {
        twoChallenges("menu", Understanding.NOTHING);
        bot.text("borrar el reto 1");

        assertThat(ChallengeBot.all(bot.text("sí"))).contains(TestTexts.plain("challenge.delete.button.yes", "es"));
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);

        assertThat(ChallengeBot.all(bot.text("sí, bórrelo"))).isEqualTo(text("challenge.delete.done", "hmw", ORDERS, "count", 1));
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).extracting(Challenge::id).containsExactly(prices);
    }

    /** While a challenge is being confirmed, "borrar este reto" is about that one, never a saved one. */
    @Test
    void whileAChallengeIsWrittenItsWordsAreNoRequestAboutTheSavedOnes() {
        twoChallenges("challenge.next", Understanding.NOTHING);
        bot.press("/nuevo_reto");
        bot.press("driver:problem");
        bot.text("no tengo clientes en el barrio y las ventas bajaron mucho");
        bot.press("rate:2:urgency");
        bot.press("rate:2:feasibility");
        bot.press("rate:2:impact");
        bot.press(DiscoverStep.SKIP);
        assertThat(bot.state().step()).isEqualTo("challenge.define");

        String answer = ChallengeBot.all(bot.text("borrar el reto 1"));

        assertThat(answer).doesNotContain(ORDERS);
        assertThat(bot.challenges.of(ChallengeBot.CHAT)).hasSize(2);
    }
}
