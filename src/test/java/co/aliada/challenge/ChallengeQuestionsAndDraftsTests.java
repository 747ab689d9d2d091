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
