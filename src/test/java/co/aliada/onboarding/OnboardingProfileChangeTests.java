package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before, a wrong sector, size, municipality or name could only be fixed with /reiniciar, which asks everything again
 * (the self-check included), and "quiero cambiar el sector" was told so. Now /perfil (/profile) shows the four answers
 * and asks the one tapped again, with onboarding's own buttons and reading of typed answers, then goes back.
 */
class OnboardingProfileChangeTests {


    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void profileShowsTheFourAnswersWithAButtonToChangeEachAndOneToLeaveThem(String lang) {
        Talk talk = Talk.profiled(lang);

        List<Outbound> replies = talk.command(lang.equals("es") ? "perfil" : "profile");

        assertThat(texts(replies)).containsExactly(talk.t("profile.change.overview", "sector", talk.t("sector.ict"),
                "size", talk.t("size.micro"), "municipality", "Popayán", "company", "Panadería La 14"));
        assertThat(data(last(replies))).containsExactly("/perfil sector", "/perfil size", "/perfil municipality",
                "/perfil company", "/perfil ok");
        assertThat(last(replies).buttons().get(0).get(0).label()).isEqualTo(talk.t("profile.change.button.sector"));
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);

        assertThat(texts(talk.tap("/perfil ok"))).as("left as it is: the question on screen again")
                .containsExactly(talk.t("menu.question"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aTappedAnswerIsAskedAgainWithItsOwnButtonsSavedSaidBackAndThePersonIsBackWhereTheyWere(String lang) {
        Talk talk = Talk.profiled(lang);
        talk.command("perfil");

        List<Outbound> asked = talk.tap("/perfil sector");
        assertThat(texts(asked)).containsExactly(talk.t("profile.change.sector.question"));
        assertThat(data(last(asked))).containsExactly("sector:agribusiness", "sector:commerce", "sector:ict",
                "sector:manufacturing", "sector:construction", "sector:tourism", "sector:other");

        List<Outbound> done = talk.tap("sector:tourism");
        assertThat(texts(done)).containsExactly(talk.t("profile.change.sector.saved", "value", talk.t("sector.tourism")),
                talk.t("menu.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "tourism").containsEntry(Onboarding.SIZE, "micro")
                .containsEntry(Onboarding.MUNICIPALITY, "Popayán").containsEntry(Onboarding.COMPANY, "Panadería La 14");
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
        assertThat(talk.state().data()).as("no bookkeeping left behind").doesNotContainKeys("profile-change.return", "profile-change.field");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | size | somos 25 | profile.size | small", "es | sector | tengo una panadería | profile.sector | manufacturing",
            "es | municipality | timbio | profile.municipality | Timbío",
            "en | municipality | we are in el tambo, cauca | profile.municipality | El Tambo",
            "es | company | Panadería Doña Rosa | profile.company | Panadería Doña Rosa"})
    void typedAnswersAreReadAsAtOnboarding(String lang, String field, String typed, String key, String kept) {
        Talk talk = Talk.profiled(lang);
        talk.tap("/perfil " + field);

        List<Outbound> done = talk.text(typed);

        assertThat(talk.profile()).containsEntry(key, kept);
        // said back once, by the change ("Anoté: 11 a 50" came before it too)
        String shown = key.equals(Onboarding.SIZE) ? talk.t("size." + kept) : key.equals(Onboarding.SECTOR) ? talk.t("sector." + kept) : kept;
        assertThat(texts(done)).containsExactly(talk.t("profile.change." + field + ".saved", "value", shown),
                talk.t("menu.question"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | atrás", "es | déjelo así", "es | volver", "en | leave it"})
    void wordsThatKeepTheAnswerLeaveItAsItWas(String lang, String typed) {
        Talk talk = Talk.profiled(lang);
        talk.tap("/perfil company");

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).containsExactly(talk.t("profile.change.kept"), talk.t("menu.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, "Panadería La 14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theNameCanBeTakenAwayWithTheButtonOrItsWords(String lang) {
        Talk talk = Talk.profiled(lang);
        List<Outbound> asked = talk.tap("/perfil company");
        assertThat(data(last(asked))).containsExactly("company:none");

        assertThat(texts(talk.text("sin nombre"))).containsExactly(talk.t("profile.change.company.removed"), talk.t("menu.question"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);

        talk.tap("/perfil municipality");
        talk.text(lang.equals("es") ? "prefiero no decirlo" : "rather not say");
        assertThat(talk.profile()).doesNotContainKey(Onboarding.MUNICIPALITY).containsEntry(Onboarding.SECTOR, "ict");
    }

    /** "ok" or "listo" at the name's question (onboarding's skip words there) neither take the name away nor become it. */
    @ParameterizedTest
    @ValueSource(strings = {"ok", "listo"})
    void onboardingsSkipWordsNeitherTakeTheNameAwayNorBecomeIt(String typed) {
        Talk talk = Talk.profiled("es");
        talk.tap("/perfil company");
        assertThat(talk.state().step()).isEqualTo("profile.change.company");

        assertThat(texts(talk.text(typed))).containsExactly(talk.t("profile.change.kept"), talk.t("menu.question"));

        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, "Panadería La 14");
    }

    /** Before, "quiero cambiar el sector" was told to start over with /reiniciar. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | quiero cambiar el sector | sector", "es | me equivoqué de municipio | municipality",
            "es | cambiar el nombre de la empresa | company", "es | corregir el tamaño | size",
            "en | i chose the wrong sector | sector", "en | change the town | municipality",
            // QA round C: these were "toque la opción"
            "es | cambiar municipio | municipality", "es | el municipio está mal | municipality",
            "es | uy me equivoque en lo del municipio | municipality", "es | puse mal el nombre de la empresa | company",
            "en | change my company name | company"})
    void aWishThatNamesAnAnswerGoesStraightToItsQuestion(String lang, String typed, String field) {
        Talk talk = Talk.profiled(lang);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).doesNotContain(talk.t("profile.change.overview"))
                .anySatisfy(text -> assertThat(text).isEqualTo(talk.t("profile.change." + field + ".question")));
        assertThat(String.join("\n", texts(replies))).doesNotContain("/reiniciar", "/restart");
        assertThat(talk.state().step()).isEqualTo("profile.change." + field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aWishThatNamesNoAnswerShowsTheFour(String lang) {
        Talk talk = Talk.profiled(lang);

        List<Outbound> replies = talk.text(lang.equals("es") ? "quiero corregir mi perfil" : "edit my profile");

        assertThat(data(last(replies))).contains("/perfil sector", "/perfil ok");
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
    }

    /** A person who has no answer yet is told so kindly, and the question they are at is asked again. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void withoutAProfileYetItSaysSoAndAsksTheQuestionAgain(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        assertThat(texts(talk.command("perfil"))).containsExactly(talk.t("profile.change.none"), talk.t("consent.notice"));

        talk.tap("consent:yes");
        assertThat(texts(talk.command("profile"))).containsExactly(talk.t("profile.change.none"), talk.t("profile.sector.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);

        Talk first = new Talk(lang);
        assertThat(texts(first.command("perfil"))).as("as a first message: then the welcome")
                .containsExactly(first.t("profile.change.none"), first.t("start.greeting"), first.t("consent.notice"));
    }

    /** During onboarding its questions go on as before; an answer already given can be changed, and then the question again. */
    @Test
    void duringOnboardingOnlyTheAnswersGivenCanBeChangedAndItsQuestionFollows() {
        Talk talk = new Talk("es").at(Onboarding.MUNICIPALITY);

        List<Outbound> overview = talk.command("perfil");
        assertThat(data(last(overview))).containsExactly("/perfil sector", "/perfil size", "/perfil ok");
        assertThat(texts(overview).get(0)).contains(talk.t("profile.change.pending"));

        talk.text("me equivoqué de sector");
        assertThat(talk.state().step()).isEqualTo("profile.change.sector");
        List<Outbound> back = talk.tap("sector:commerce");
        assertThat(texts(back)).containsExactly(talk.t("profile.change.sector.saved", "value", talk.t("sector.commerce")),
                talk.t("profile.municipality.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);

        assertThat(texts(talk.text("Piendamó"))).containsExactly(talk.t("profile.municipality.saved", "municipality", "Piendamó"),
                talk.t("profile.company.question"));
    }

    /** Tapping ✏️ at a question, then changing one's mind: the overview's "así está bien" goes back to that question. */
    @Test
    void leavingTheOverviewFromAChangeQuestionGoesBackToWhereThePersonWas() {
        Talk talk = Talk.profiled("es");
        talk.tap("/perfil municipality");
        talk.command("perfil");

        assertThat(texts(talk.tap("/perfil ok"))).containsExactly(talk.t("menu.question"));
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
        assertThat(talk.profile()).containsEntry(Onboarding.MUNICIPALITY, "Popayán");
    }

    @Test
    void theCommandIsInTheMenusAndTheHelp() {
        assertThat(CommandName.menu()).filteredOn(command -> command.spanish().equals("perfil"))
                .singleElement().satisfies(command -> assertThat(command.names()).containsExactly("perfil", "profile"));
        assertThat(new Talk("es").t("help.text")).contains("/perfil");
        assertThat(new Talk("en").t("help.text")).contains("/profile");
        assertThat(new Talk("es").t("telegram.command.perfil")).isNotBlank();
    }
}
