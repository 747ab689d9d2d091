package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions after the recommendations that became challenge drafts, words glued onto a draft at the driver question,
 * a nearly finished draft lost without a word, and a request for a person lost inside the context answer (QA round).
 */
class ChallengeQuestionsAndDraftsTests {

    private static final Texts TEXTS = TestTexts.texts();
    /** The new buttons' data, as the tests before these fixes could read them too. */
    private static final String NEW_ONE = "next:new";
    private static final String NEW_GOAL = "next:goal";
    private static final String DROP = "identify:drop";
    private static final String UNDO = "identify:undo";
    private static final String FINISH = "/nuevo_reto terminar";
    private static final String FRESH = "/nuevo_reto nuevo";

    /** What the shipped classifier hears in these texts (POST /api/intent on the shipped intents). */
    private static final Map<String, Understanding.Intent> HEARD = Map.of(
            "eso es presencial o virtual?", new Understanding.Intent("affirm", 0.31, true),
            "no no, eso no es un reto, era una pregunta", new Understanding.Intent("deny", 0.38, true),
            "olvídelo", new Understanding.Intent("delete_my_data", 0.52, true),
            "afecta a los 5 empleados y ya probamos con excel pero no funciono, ah y tambien quisiera hablar con un asesor de la universidad",
            new Understanding.Intent("talk_to_human", 0.47, true),
            "the staff, we tried excel, and I'd like to talk to an advisor too", new Understanding.Intent("talk_to_human", 0.41, true),
            "necesito un asesor contable, me va mal con los impuestos", new Understanding.Intent("talk_to_human", 0.38, false),
            "ya hablamos con un asesor del sena y no nos ayudo", new Understanding.Intent("talk_to_human", 0.4, true));
    private static final Understanding SHIPPED = (text, lang) -> HEARD.getOrDefault(text, Understanding.Intent.NONE);

    /** Stand-ins for other features' commands: "/continuar" asks the question again; erasing the data says so. */
    private static final Command CONTINUE = command(CommandName.CONTINUE, null);
    private static final Command ERASE = command(CommandName.DELETE_MY_DATA, "ERASE");

    private static Command command(CommandName name, String says) {
        return new Command() {
            @Override
            public List<String> names() {
                return name.names();
            }

            @Override
            public void run(Turn turn, String args) {
                if (says == null) {
                    turn.repeatStep();
                } else {
                    turn.send(Outbound.text(turn.state().chat(), says));
                }
            }
        };
    }

    private final ChallengeBot bot = new ChallengeBot(true, true, SHIPPED, List.of(CONTINUE, ERASE));

    private static String t(String key, String lang) {
        return TEXTS.get(key, lang);
    }

    private void recommended(String lang) {
        atTheRestatement(lang, "Los intermediarios pagan muy poco por el café de la vereda");
        assertThat(ChallengeBot.data(bot.press("define:ok"))).anyMatch(data -> data.startsWith("/util "));
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
    }

    private void rated() {
        bot.press("rate:3:urgency");
        bot.press("rate:2:feasibility");
        bot.press("rate:3:impact");
    }

    private void atTheRestatement(String lang, String challenge) {
        bot.at("challenge", lang, "agribusiness", true);
        bot.press("driver:problem");
        bot.text(challenge);
        rated();
        bot.press("discover:skip");
        assertThat(bot.state().step()).isEqualTo(Flow.DEFINE);
    }

    private void noDraft() {
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        assertThat(bot.state().get(ChatState.TOLD_NEED)).isNull();
    }

    // 1. Questions after the recommendations

    /** "eso es presencial o virtual?" was "Anoté su reto: eso es presencial o virtual?" and the driver question. */
    @ParameterizedTest
    @CsvSource({"es, eso es presencial o virtual?", "es, puedo ir con los dos al tiempo?",
            "es, what about training for my developers?", "en, what about training for my developers?",
            "es, me podria decir si la universidad da certificado de eso"})
    void aQuestionWithNoAnswerHereIsSaidSoWithAPersonAndTheChallengeOneTapAway(String lang, String typed) {
        recommended(lang);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).contains(t("challenge.next.unanswered", lang))
                .doesNotContain(t("challenge.identify.kept", lang).substring(0, 10));
        assertThat(ChallengeBot.data(replies)).contains("/asesor", NEW_ONE);
        noDraft();

        List<Outbound> taken = bot.press(NEW_ONE);
        assertThat(ChallengeBot.all(taken)).as("the person says it was a challenge: it is the next one")
                .contains(TEXTS.get("challenge.identify.kept", lang, "text", typed));
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /**
     * QA: "y para exportar?" and "and for exporting?" after the list were "No tengo esa respuesta 🙏, pero un asesor…":
     * a short follow-up naming a new goal is offered as a new challenge; tapped, the challenge starts from the goal, as a
     * short need typed at the driver question does, and its words come after the driver.
     */
    @ParameterizedTest
    @CsvSource({"es, y para exportar?, exportar", "en, and for exporting?, exporting", "es, y si quiero vender en Cali?, vender en Cali",
            "en, and to export?, export"})
    void aNewGoalNamedAfterTheListIsOfferedAsANewChallengeThatStartsFromIt(String lang, String typed, String goal) {
        recommended(lang);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).contains(TEXTS.get("challenge.next.new-goal", lang, "goal", goal))
                .doesNotContain(t("challenge.next.unanswered", lang));
        assertThat(ChallengeBot.data(replies)).contains(NEW_GOAL);
        noDraft();

        List<Outbound> taken = bot.press(NEW_GOAL);
        assertThat(ChallengeBot.all(taken)).contains(TEXTS.get("challenge.identify.started", lang, "text", goal).strip());
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.PARTIAL)).isEqualTo(goal);
        bot.press("driver:trend");
        assertThat(bot.state().step()).as("the rest of the challenge is asked for").isEqualTo(Flow.BUILD);
    }

    /**
     * "y para Cali?", "and for Cali?" after the list asked whether the services reach a place outside Cauca: they had been
     * offered as a new challenge ("otro reto: Cali"), or shown the list's service whose name begins alike ("calidad"). The
     * institutions are in Cauca, which is said, with the ways on; nothing is drafted.
     */
    @ParameterizedTest
    @CsvSource({"es, y para Cali?, Cali", "en, and for Cali?, Cali", "es, ¿y en Bogotá?, Bogotá", "es, y en el Valle del Cauca?, Valle del Cauca",
            "en, what about Pasto?, Pasto", "es, Medellín?, Medellín", "es, y para cali tambien?, Cali"})
    void aPlaceOutsideCaucaAskedAfterTheListIsAnsweredAsCoverage(String lang, String typed, String place) {
        recommended(lang);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).isEqualTo(TEXTS.get("challenge.elsewhere", lang, "place", place));
        assertThat(ChallengeBot.data(replies)).contains(Flow.NEW_CHALLENGE).doesNotContain(NEW_GOAL);
        noDraft();
    }

    /** A guard: "y para Cauca?" or a need that names a place stay what they were. */
    @ParameterizedTest
    @CsvSource({"es, y para Popayán?", "es, quiero vender en Cali", "es, y para exportar?"})
    void aPlaceOfCaucaOrANeedNamingAPlaceIsNoCoverageQuestion(String lang, String typed) {
        recommended(lang);

        assertThat(ChallengeBot.all(bot.text(typed))).doesNotContain(TEXTS.get("challenge.elsewhere", lang, "place", "Cali").substring(0, 20));
    }

    /** A guard: "y para qué sirve?" asks about the list, and names no goal. */
    @Test
    void aFollowUpThatAsksWhatForNamesNoNewGoal() {
        recommended("es");

        List<Outbound> replies = bot.text("y para qué sirve el primero?");

        assertThat(ChallengeBot.data(replies)).doesNotContain(NEW_GOAL);
    }

    /** Its button stays on screen under the answers to other questions, and can be typed. */
    @Test
    void itsNewChallengeButtonStillTakesTheQuestionAfterOtherAnswersAndCanBeTyped() {
        recommended("es");
        bot.text("eso es presencial o virtual?");
        bot.text("¿y eso cuánto cuesta?");
        bot.press(NEW_ONE);
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("eso es presencial o virtual?");

        recommended("es");
        bot.text("puedo ir con los dos al tiempo?");
        bot.text("sí, es un reto nuevo");
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("puedo ir con los dos al tiempo?");
    }

    /** An old "✏️ Es un reto nuevo" with no question kept is said to be old. */
    @Test
    void itsNewChallengeButtonWithNoQuestionKeptIsOld() {
        recommended("es");

        assertThat(ChallengeBot.all(bot.press(NEW_ONE))).contains(t("common.stale-button", "es"));
        assertThat(bot.state().step()).isEqualTo(Flow.NEXT);
    }

    /** A bare "no" under the challenge kept is no tap on 🗑️: the words stay, shown again. */
    @Test
    void aBareNoAtTheDriverQuestionKeepsTheWords() {
        bot.at("challenge", "es", "tourism", true);
        bot.text("los turistas no encuentran mi hostal en internet");

        bot.text("no");

        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("los turistas no encuentran mi hostal en internet");
    }

    @Test
    void whichOfTheThreeIsAnsweredWithTheFirst() {
        recommended("es");

        List<Outbound> replies = bot.text("cual de los tres me recomienda usted");

        assertThat(ChallengeBot.all(replies)).contains(t("challenge.next.best", "es"));
        noDraft();
    }

    @Test
    void moreOptionsPointToTheCatalogueTheChallengeAgainAndAPerson() {
        recommended("es");

        List<Outbound> replies = bot.text("me puede dar mas opciones, esas no me gustan");

        assertThat(ChallengeBot.all(replies)).contains(t("challenge.next.more", "es"));
        assertThat(ChallengeBot.data(replies)).contains("/servicios", Flow.NEW_CHALLENGE, "/asesor");
        noDraft();
    }

    /** "me equivoque en el tamaño, somos 30 personas no 8" was noted as a challenge. */
    @ParameterizedTest
    @CsvSource({"es, 'me equivoque en el tamaño, somos 30 personas no 8'", "en, 'wrong size, we are 30 people not 8'"})
    void aCorrectionOfTheProfileIsToldHowToChangeIt(String lang, String typed) {
        recommended(lang);

        List<Outbound> replies = bot.text(typed);

        assertThat(ChallengeBot.all(replies)).contains(t("challenge.next.profile-change", lang));
        noDraft();
    }

    @Test
    void aChallengeToldPlainlyAfterTheRecommendationsIsStillTheNextOne() {
        recommended("es");

        assertThat(ChallengeBot.all(bot.text("también quiero exportar el café a Europa pero no sé qué papeles piden")))
                .contains("Anoté su reto");
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
    }

    // 1. The draft at the driver question

    /**
     * "no no, eso no es un reto, era una pregunta" was "Entendido, sin problema" and the draft stayed: all typed later was
     * glued onto it, and a tap on a driver saved it as a challenge.
     */
    @ParameterizedTest
    @CsvSource({"'no no, eso no es un reto, era una pregunta'", "olvídelo", "BUTTON"})
    void sayingItWasNoChallengeThrowsTheDraftAwayAndSaysSo(String typed) {
        recommended("es");
        bot.text("también quiero exportar el café a Europa pero no sé qué papeles piden");
        assertThat(bot.state().get(Flow.TEXT)).isNotNull();

        List<Outbound> replies = typed.equals("BUTTON") ? bot.press(DROP) : bot.text(typed);

        assertThat(ChallengeBot.all(replies)).contains(t("challenge.identify.dropped", "es")).doesNotContain("ERASE");
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        assertThat(bot.state().step()).as("a challenge is saved already: back to whether there is another").isEqualTo(Flow.NEXT);
        assertThat(bot.challenges.all()).hasSize(1);
    }

    @Test
    void whatIsTypedAfterTheDraftIsThrownAwayStartsAfresh() {
        bot.at("challenge", "es", "commerce", true);
        bot.text("los turistas no encuentran mi hostal en internet");

        List<Outbound> dropped = bot.text("no no, eso no es un reto, era una pregunta");
        assertThat(ChallengeBot.all(dropped)).contains(t("challenge.identify.dropped", "es"));
        assertThat(bot.state().step()).as("no challenge saved yet: the driver question again").isEqualTo(Flow.IDENTIFY);

        bot.text("quiero corregir el reto de la pagina web");
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("quiero corregir el reto de la pagina web");
    }

    /** A second message was glued onto the first with the same "Anoté su reto" as the first, and no way to take it out. */
    @Test
    void aSecondMessageAtTheDriverQuestionIsSaidToBeAddedAndCanBeTakenBackOut() {
        bot.at("challenge", "es", "tourism", true);
        assertThat(ChallengeBot.data(bot.text("los turistas no encuentran mi hostal en internet"))).contains(DROP)
                .doesNotContain(UNDO);

        List<Outbound> more = bot.text("quiero corregir el reto de la pagina web");
        assertThat(ChallengeBot.all(more)).contains(TEXTS.get("challenge.identify.added", "es", "text",
                "los turistas no encuentran mi hostal en internet quiero corregir el reto de la pagina web"));
        assertThat(ChallengeBot.data(more)).contains("driver:problem", UNDO, DROP);

        List<Outbound> undone = bot.press(UNDO);
        assertThat(ChallengeBot.all(undone)).contains(t("challenge.identify.undone", "es"))
                .contains("los turistas no encuentran mi hostal en internet");
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("los turistas no encuentran mi hostal en internet");
    }

    /**
     * QA: the same message sent twice at the driver question (a resend on a weak signal, a double tap) was answered "Lo
     * agregué a su reto, que queda así: …" with the challenge unchanged, and ↩️ to take back nothing: it is kept as it
     * was, and said so.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"es | los turistas no encuentran mi hostal en internet",
            "en | guests find us only through booking and they charge us a huge commission"})
    void theSameMessageTwiceAtTheDriverQuestionIsKeptNotAdded(String lang, String typed) {
        bot.at("challenge", lang, "tourism", true);
        bot.text(typed);

        List<Outbound> again = bot.text(typed);

        assertThat(ChallengeBot.all(again)).doesNotContain(TEXTS.get("challenge.identify.added", lang, "text", typed));
        assertThat(ChallengeBot.data(again)).doesNotContain(UNDO).contains(DROP);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo(typed);
    }

    /** "/continuar" at the driver question showed the bare question, and the words kept went on out of sight. */
    @Test
    void theDriverQuestionAskedAgainShowsTheWordsKept() {
        bot.at("challenge", "es", "tourism", true);
        bot.text("los turistas no encuentran mi hostal en internet");

        List<Outbound> again = bot.command("continuar");

        assertThat(ChallengeBot.all(again)).contains(TEXTS.get("challenge.identify.kept", "es", "text",
                "los turistas no encuentran mi hostal en internet"));
        assertThat(ChallengeBot.data(again)).contains(DROP);
    }

    // 2. A nearly finished draft

    /** At "¿Lo dejamos así?", /mis_retos said "no challenges yet", and "✏️ Escribir mi primer reto" started from zero. */
    @Test
    void myChallengesOffersToFinishTheHalfWrittenOneWhereItWas() {
        atTheRestatement("es", "la gente no me compra los productos de la tienda");
        String hmw = bot.state().get(Flow.HMW);

        List<Outbound> mine = bot.command("mis_retos");
        assertThat(ChallengeBot.all(mine)).contains(TEXTS.get("challenge.mine.empty-draft", "es", "text", hmw))
                .doesNotContain(t("challenge.mine.empty", "es"));
        assertThat(ChallengeBot.data(mine)).containsExactly(FINISH);

        List<Outbound> back = bot.press(FINISH);
        assertThat(bot.state().step()).isEqualTo(Flow.DEFINE);
        assertThat(ChallengeBot.all(back)).contains(hmw);
        assertThat(ChallengeBot.data(bot.press("define:ok"))).contains("/util 1 1");
        assertThat(bot.challenges.all()).hasSize(1);
    }

    @Test
    void myChallengesWithSomeSavedListsThemAndOffersToFinishTheOneHalfWritten() {
        recommended("es");
        bot.press(Flow.NEW_CHALLENGE);
        bot.press("driver:users");
        bot.text("los clientes piden domicilios y no tenemos cómo llevarlos");

        List<Outbound> mine = bot.command("mis_retos");

        assertThat(ChallengeBot.all(mine)).contains(TEXTS.get("challenge.mine.title", "es", "count", 1))
                .contains(TEXTS.get("challenge.mine.draft", "es", "text", "los clientes piden domicilios y no tenemos cómo llevarlos"));
        assertThat(ChallengeBot.data(mine)).contains(FINISH);
        bot.press(FINISH);
        assertThat(bot.state().step()).as("back where it was: the urgency").isEqualTo(Flow.URGENCY);
    }

    /** A new challenge asked for with one half written: asked first, and discarding it is said. */
    @ParameterizedTest
    @CsvSource({"/nuevo_reto", "menu:challenge"})
    void aNewChallengeWithOneHalfWrittenAsksWhetherToFinishItFirst(String pressed) {
        atTheRestatement("es", "la gente no me compra los productos de la tienda");
        String hmw = bot.state().get(Flow.HMW);

        List<Outbound> asked = bot.press(pressed);
        assertThat(ChallengeBot.all(asked)).contains(TEXTS.get("challenge.draft.pending", "es", "text", hmw));
        assertThat(ChallengeBot.data(asked)).containsExactly(FINISH, FRESH);
        assertThat(bot.state().get(Flow.TEXT)).isEqualTo("la gente no me compra los productos de la tienda");

        assertThat(ChallengeBot.all(bot.text("sí"))).as("a yes finishes it").contains(hmw);
        assertThat(bot.state().step()).isEqualTo(Flow.DEFINE);

        bot.press(pressed);
        List<Outbound> fresh = bot.press(FRESH);
        assertThat(ChallengeBot.all(fresh)).contains(TEXTS.get("challenge.draft.discarded", "es", "text", hmw));
        assertThat(ChallengeBot.data(fresh)).contains("driver:problem").doesNotContain(DROP);
        assertThat(bot.state().get(Flow.TEXT)).isNull();
        assertThat(bot.state().step()).isEqualTo(Flow.IDENTIFY);
    }

    // 3. A request for a person inside the context answer

    /** "…ah y también quisiera hablar con un asesor de la universidad" went straight to "Así entiendo su reto", unheard. */
    @ParameterizedTest
    @CsvSource({"es, 'afecta a los 5 empleados y ya probamos con excel pero no funciono, ah y tambien quisiera hablar con un asesor de la universidad'",
            "en, 'the staff, we tried excel, and I''d like to talk to an advisor too'"})
    void aRequestForAPersonInTheContextIsKeptAndOfferedAtTheRestatement(String lang, String typed) {
        bot.at("challenge", lang, "agribusiness", true);
        bot.press("driver:problem");
        bot.text("Los intermediarios pagan muy poco por el café de la vereda");
        rated();

        List<Outbound> restated = bot.text(typed);

        assertThat(bot.state().get(Flow.CONTEXT)).isEqualTo(typed);
        assertThat(bot.state().step()).isEqualTo(Flow.DEFINE);
        assertThat(ChallengeBot.all(restated)).contains(t("challenge.define.advisor-asked", lang));
        assertThat(ChallengeBot.data(restated)).containsExactly("define:ok", "define:rewrite", "/asesor");
        assertThat(ChallengeBot.all(bot.press("/asesor"))).contains("CONSULTANT");
    }

    /** An advisor named as what was tried, or as the need itself, is no request for one. */
    @ParameterizedTest
    @CsvSource({"'necesito un asesor contable, me va mal con los impuestos'", "ya hablamos con un asesor del sena y no nos ayudo"})
    void anAdvisorNamedInTheContextWithoutAskingForOneIsOnlyContext(String typed) {
        bot.at("challenge", "es", "agribusiness", true);
        bot.press("driver:problem");
        bot.text("Los intermediarios pagan muy poco por el café de la vereda");
        rated();

        List<Outbound> restated = bot.text(typed);

        assertThat(bot.state().get(Flow.CONTEXT)).isEqualTo(typed);
        assertThat(ChallengeBot.all(restated)).doesNotContain(t("challenge.define.advisor-asked", "es"));
        assertThat(ChallengeBot.data(restated)).containsExactly("define:ok", "define:rewrite");
    }
}
