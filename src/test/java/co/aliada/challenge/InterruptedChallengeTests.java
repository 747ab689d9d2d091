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

    /**
     * "quiero hablar con un asesor" (five words, a sure request) came back after the case as the challenge's wording;
     * a request that tells something of the challenge too keeps it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"quiero hablar con un asesor | ",
            "quiero hablar con una persona por favor | ", "I would like to talk to a person please | ",
            "necesito un asesor, no vendo nada | necesito un asesor, no vendo nada"})
    void aSureRequestKeepsAsTheChallengeOnlyWhatItTellsOfIt(String typed, String kept) {
        ChallengeBot asking = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent("talk_to_human", 0.87, true));
        asking.at("challenge", "es", "agribusiness", true);
        asking.press("driver:problem");

        assertThat(ChallengeBot.all(asking.text(typed))).contains("CONSULTANT");

        assertThat(asking.state().get(Flow.TEXT)).isEqualTo(kept);
    }

    /**
     * While writing a challenge, requests heard below a sure one were acted on: "quiero un asesor en mercadeo, no sé
     * cómo vender" (a person at 0.44) opened a case and "se me borró todo el inventario" (erase my data at 0.41) asked
     * to erase everything. They are the challenge's wording; a bare "urgente" (a person at 0.54) is asked about first.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"talk_to_human, 0.44, 'quiero un asesor en mercadeo, no sé cómo vender'",
            "delete_my_data, 0.41, se me borró todo el inventario", "restart, 0.44, volver a empezar el negocio después de la pandemia"})
    void aRequestHeardBelowSureWhileWritingAChallengeIsPartOfIt(String heard, double score, String typed) {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(heard, score, true));
        leaning.at("challenge", "es", "agribusiness", true);
        leaning.press("driver:problem");

        String answer = ChallengeBot.all(leaning.text(typed));

        assertThat(answer).doesNotContain("CONSULTANT");
        assertThat(leaning.state().get(Flow.TEXT) + " " + leaning.state().get(Flow.PARTIAL)).contains(typed);
        assertThat(leaning.state().step()).isIn(Flow.BUILD, Flow.URGENCY);
    }

    /**
     * QA: after the driver, "no necesito asesor" began the challenge ("Voy entendiendo 🙂. ¿Me cuenta un detalle más?") and
     * "no gracias" too. A refusal of something else is noted and the question asked again; "no gracias" is no challenge
     * for now. "no sales" (read as a refusal at 0.37) and "no vendo nada" begin one.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"es | no necesito asesor | common.deny-noted | challenge",
            "en | I don't need an advisor | common.deny-noted | challenge", "es | no gracias | challenge.identify.not-now | menu",
            "en | no thanks | challenge.identify.not-now | menu"})
    void aRefusalBeforeAnyWordOfTheChallengeIsNoWordOfIt(String lang, String typed, String said, String step) {
        ChallengeBot refusing = new ChallengeBot(true, true, (text, l) -> new Understanding.Intent("deny", 0.72, false));
        refusing.at("challenge", lang, "agribusiness", true);
        refusing.press("driver:problem");

        String answer = ChallengeBot.all(refusing.text(typed));

        assertThat(answer).startsWith(co.aliada.conversation.TestTexts.texts().get(said, lang));
        assertThat(refusing.state().get(Flow.PARTIAL)).isNull();
        assertThat(refusing.state().get(Flow.TEXT)).isNull();
        assertThat(refusing.state().step()).isEqualTo("menu".equals(step) ? Flow.MENU : Flow.BUILD);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"deny, 0.37, no sales", "challenge, 0.5, no vendo nada"})
    void aChallengeThatBeginsWithNoAfterTheDriverIsBegun(String heard, double score, String typed) {
        ChallengeBot telling = new ChallengeBot(true, true, (text, l) -> new Understanding.Intent(heard, score, false));
        telling.at("challenge", "es", "agribusiness", true);
        telling.press("driver:problem");

        telling.text(typed);

        assertThat(telling.state().get(Flow.PARTIAL) + " " + telling.state().get(Flow.TEXT)).contains(typed);
    }

    /**
     * QA: a challenge typed at the first "¿Qué lo inspira?" whose words lean to a request was lost: "mis datos de clientes
     * están en desorden" (my data at 0.33) sent the data export, "necesito un asesor contable porque no entiendo los
     * impuestos" (a person at 0.45) asked person-or-answer, and either answer dropped the text.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"my_data, 0.33, mis datos de clientes estan en desorden",
            "talk_to_human, 0.45, necesito un asesor contable porque no entiendo los impuestos",
            "restart, 0.44, quiero empezar de cero con la contabilidad de mi negocio",
            "my_data, 0.4, my customer data is a mess and I lose orders"})
    void aChallengeTypedAtTheDriverQuestionThatLeansToARequestIsKept(String heard, double score, String typed) {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(heard, score, true),
                java.util.List.of(standIn(co.aliada.conversation.CommandName.MY_DATA), standIn(co.aliada.conversation.CommandName.RESTART)));
        leaning.at("challenge", "es", "commerce", true);

        var replies = leaning.text(typed);

        assertThat(ChallengeBot.all(replies)).doesNotContain("CONSULTANT").doesNotContain("STAND-IN").contains(typed);
        assertThat(ChallengeBot.data(replies)).as("the driver asked with one tap").contains("driver:problem", "identify:drop");
        assertThat(leaning.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /** At the driver question a brief request is still one: "quiero ver mis datos" runs the command. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"my_data, 0.45, quiero ver mis datos", "restart, 0.5, quiero empezar de nuevo"})
    void aBriefRequestAtTheDriverQuestionIsStillServed(String heard, double score, String typed) {
        ChallengeBot asking = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent(heard, score, true),
                java.util.List.of(standIn(co.aliada.conversation.CommandName.MY_DATA), standIn(co.aliada.conversation.CommandName.RESTART)));
        asking.at("challenge", "es", "commerce", true);

        assertThat(ChallengeBot.all(asking.text(typed))).contains("STAND-IN");
        assertThat(asking.state().get(Flow.TEXT)).isNull();
    }

    private static co.aliada.conversation.Command standIn(co.aliada.conversation.CommandName name) {
        return new co.aliada.conversation.Command() {
            @Override
            public java.util.List<String> names() {
                return name.names();
            }

            @Override
            public void run(co.aliada.conversation.Turn turn, String args) {
                turn.send(co.aliada.conversation.Outbound.text(turn.state().chat(), "STAND-IN " + name.spanish()));
            }
        };
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"urgente", "un asesor"})
    void aBareWordThatMayAskForAPersonWhileWritingAChallengeIsAskedAboutFirst(String typed) {
        ChallengeBot leaning = new ChallengeBot(true, true, (text, lang) -> new Understanding.Intent("talk_to_human", 0.54, true));
        leaning.at("challenge", "es", "agribusiness", true);
        leaning.press("driver:problem");

        var replies = leaning.text(typed);

        assertThat(ChallengeBot.all(replies)).doesNotContain("CONSULTANT")
                .startsWith(co.aliada.conversation.TestTexts.texts().get("common.did-you-mean-human", "es"));
        assertThat(ChallengeBot.data(replies)).contains("/asesor", "/continuar");
        assertThat(leaning.state().step()).isEqualTo(Flow.BUILD);
    }

    /** "no necesito asesor" at the second rating was "tap an option", then an offer of a person after the next slip. */
    @Test
    void aRefusalAtARatingIsNotedAndNoMiss() {
        ChallengeBot refusing = new ChallengeBot(true, true, (text, lang) -> text.startsWith("no necesito")
                ? new Understanding.Intent("deny", 0.7, true) : Understanding.Intent.NONE);
        refusing.at("challenge", "es", "agribusiness", true);
        refusing.press("driver:problem");
        refusing.text("se pierden los pedidos porque los llevo en un cuaderno");
        refusing.press("rate:3:urgency");

        for (int i = 0; i < 3; i++) {
            String answer = ChallengeBot.all(refusing.text("no necesito asesor"));
            assertThat(answer).startsWith(co.aliada.conversation.TestTexts.texts().get("common.deny-noted", "es"))
                    .contains("factible").doesNotContain("CONSULTANT").doesNotContain("/asesor");
        }
        assertThat(refusing.state().step()).isEqualTo(Flow.FEASIBILITY);
        assertThat(refusing.state().get(Flow.TEXT)).isEqualTo("se pierden los pedidos porque los llevo en un cuaderno");
    }
}
