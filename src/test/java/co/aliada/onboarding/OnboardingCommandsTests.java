package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingCommandsTests {

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void helpExplainsAndOffersTheWaysOutWithoutLeavingTheStep(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        List<Outbound> replies = talk.command(lang.equals("es") ? "ayuda" : "help");
        assertThat(texts(replies)).containsExactly(talk.t("help.text"));
        assertThat(data(last(replies))).containsExactly("/continuar", "/reiniciar", "/idioma");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);

        assertThat(texts(talk.tap("/continuar"))).containsExactly(talk.t("profile.size.question"));
    }

    /** "/menu", "/volver_a_empezar": a command the bot does not have was "I don't know that command" though its words ask for one. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aCommandTheBotDoesNotHaveRunsTheOneItsWordsAskFor(String lang) {
        Understanding understanding = (text, l) -> switch (text) {
            case "menu" -> new Understanding.Intent("help", 0.7, true);
            case "volver a empezar" -> new Understanding.Intent("restart", 0.8, true);
            case "hola" -> new Understanding.Intent("greet", 0.9, false);
            default -> Understanding.Intent.NONE;
        };
        Talk talk = new Talk(lang, understanding).at(Onboarding.SIZE);
        assertThat(texts(talk.command("menu"))).containsExactly(talk.t("help.text"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);

        assertThat(texts(talk.command("hola"))).as("greeting is no command").startsWith(talk.t("common.unknown-command", "command", "hola"));
        assertThat(texts(talk.command("xyz"))).startsWith(talk.t("common.unknown-command", "command", "xyz"));

        Talk twin = new Talk(lang, understanding).at(Onboarding.SIZE);
        assertThat(texts(talk.command("volver_a_empezar"))).isEqualTo(texts(twin.command("reiniciar")))
                .doesNotContain(talk.t("common.unknown-command", "command", "volver_a_empezar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void continueAsksAgainTheQuestionWhereThePersonLeftOff(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        Map<String, String> before = talk.profile();
        assertThat(texts(talk.command("continuar"))).containsExactly(talk.t("profile.municipality.question"));
        assertThat(talk.profile()).isEqualTo(before);
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void continueOnANewChatStartsWithConsent(String lang) {
        Talk talk = new Talk(lang);
        assertThat(texts(talk.command("continue"))).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"));
    }

    /** Before, "hacer el autodiagnóstico" at the consent question said "we start over" and greeted again. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void restartAtTheConsentQuestionAsksItAgainWithoutStartingOver(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        assertThat(texts(talk.command("restart"))).containsExactly(talk.t("common.consent-first"), talk.t("consent.notice"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.CONSENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void languageAsksWhichLanguageThenSwitchesAndRepeatsTheQuestion(String lang) {
        String other = lang.equals("es") ? "en" : "es";
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        List<Outbound> question = talk.command("idioma");
        assertThat(texts(question)).containsExactly(talk.t("language.question"));
        assertThat(data(last(question))).containsExactly("/idioma es", "/idioma en");

        List<Outbound> switched = talk.tap("/idioma " + other);
        Talk inOther = new Talk(other);
        assertThat(texts(switched)).containsExactly(inOther.t("language.changed"), inOther.t("profile.sector.question"));
        assertThat(last(switched).buttons().get(0).get(0).label()).isEqualTo(inOther.t("sector.agribusiness"));
        assertThat(talk.state().lang()).isEqualTo(other);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void restartAsksForConfirmationAndChangesNothingUntilConfirmed(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        List<Outbound> confirm = talk.command(lang.equals("es") ? "reiniciar" : "restart");
        assertThat(texts(confirm)).containsExactly(talk.t("restart.confirm"));
        assertThat(data(last(confirm))).containsExactly("/reiniciar si", "/continuar");
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size");

        assertThat(texts(talk.tap("/continuar"))).containsExactly(talk.t("profile.municipality.question"));
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size");
    }

    /** "me equivoque, otra vez la pregunta anterior" asked whether to start over, and a bare "si" wiped the answers. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, si, 'sí, empezar de nuevo'", "en, yes, 'yes, start over'"})
    void aBareYesDoesNotStartOverItsOwnWordsDo(String lang, String yes, String own) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        talk.command(lang.equals("es") ? "reiniciar" : "restart");
        List<Outbound> replies = talk.text(yes);
        assertThat(texts(replies)).containsExactly(talk.t("common.confirm-by-tap", "label", talk.t("restart.button.yes")));
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size");

        talk.text(own);
        assertThat(talk.profile()).isEmpty();
    }

    /** "Seguir" under the restart question, an answer, then the old "Sí, empezar de nuevo" wiped the answers unasked. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theRestartsYesOfAnEarlierMessageAsksAgainAndWipesNothing(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        talk.command(lang.equals("es") ? "reiniciar" : "restart");
        talk.tap("/continuar");
        talk.text("Popayán");

        List<Outbound> replies = talk.tap("/reiniciar si");
        assertThat(texts(replies)).containsExactly(talk.t("common.stale-button"), talk.t("restart.confirm"));
        assertThat(talk.profile()).containsKeys("profile.sector", "profile.size", "profile.municipality");

        talk.tap("/reiniciar si");
        assertThat(talk.profile()).as("the yes of the question just asked starts over").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void confirmedRestartClearsTheProfileKeepsConsentAndAsksTheSectorAgain(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        talk.command("reiniciar");
        List<Outbound> replies = talk.tap("/reiniciar si");
        assertThat(texts(replies)).containsExactly(talk.t("restart.done"), talk.t("profile.sector.question"));
        assertThat(talk.profile()).isEmpty();
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.ACCEPTED);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void anUnknownCommandIsNamedAndTheQuestionRepeated(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        List<Outbound> replies = talk.command("volar <alto>");
        assertThat(texts(replies)).containsExactly(talk.t("common.unknown-command", "command", "volar"),
                talk.t("profile.size.question"));
    }
}
