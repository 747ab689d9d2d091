package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before, a correction that told the new answer ("me equivoqué de municipio, es Timbío") asked for it again, and one
 * told with the old answer beside it ("el sector es turismo, no comercio", "somos 12 empleados, no 3", "my town is
 * Timbío, not Popayán") was not understood at all. Now the new answer is read as its question reads it, the old one
 * beside it left out, taken at once and said back as /perfil says it, and the person is back where they were.
 */
class ProfileCorrectionTests {


    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | 'me equivoqué de municipio, es Timbío' | municipality | Timbío",
            "es | 'el sector es turismo, no comercio' | sector | tourism",
            "es | 'somos 12 empleados, no 3' | size | small",
            "en | 'my town is Timbío, not Popayán' | municipality | Timbío",
            "es | 'el municipio es Timbío, no Popayán' | municipality | Timbío",
            "es | 'me equivoqué de municipio, no es Popayán sino Timbío' | municipality | Timbío",
            "es | 'no es Popayán, mi municipio es El Tambo' | municipality | El Tambo",
            "es | 'me equivoqué de sector, es turismo' | sector | tourism",
            "en | 'wrong sector, we are in tourism' | sector | tourism",
            "en | 'we are 30 employees, not 5' | size | small"})
    void aCorrectionThatTellsTheNewAnswerTakesItAtOnceAndSaysItBack(String lang, String typed, String field, String kept) {
        Talk talk = Talk.profiled(lang);

        List<Outbound> replies = talk.text(typed);

        String key = ProfileChange.KEYS.get(field);
        assertThat(talk.profile()).as("the answer the person says is right").containsEntry(key, kept);
        String shown = switch (field) {
            case "sector" -> talk.t("sector." + kept);
            case "size" -> talk.t("size." + kept);
            default -> kept;
        };
        assertThat(texts(replies)).containsExactly(talk.t("profile.change." + field + ".saved", "value", shown), talk.t("menu.question"));
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
        assertThat(talk.state().data()).doesNotContainKeys("profile-change.return", "profile-change.field");
    }

    /**
     * QA: under /perfil's "¿Quiere cambiar algo?", "somos 12 ahora" was "Entendido, sin problema" and "nos pasamos a
     * Timbío" "toque una de las opciones", and nothing changed. A new answer told alone there is the change; the same
     * answer as kept, or none, changes nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | somos 12 ahora | size | small", "es | nos pasamos a timbio | municipality | Timbío",
            "en | we are 30 people now | size | small", "es | todo bien | size | micro", "es | seguimos en popayan | municipality | Popayán"})
    void aNewAnswerToldUnderTheProfileIsTheChange(String lang, String typed, String field, String kept) {
        Talk talk = Talk.profiled(lang);
        talk.command("perfil");

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(ProfileChange.KEYS.get(field), kept);
    }

    /** The other answers stay as they were. */
    @Test
    void onlyTheCorrectedAnswerChanges() {
        Talk talk = Talk.profiled("es");

        talk.text("el sector es turismo, no comercio");

        assertThat(talk.profile()).containsExactlyInAnyOrderEntriesOf(Map.of(Onboarding.SECTOR, "tourism",
                Onboarding.SIZE, "micro", Onboarding.MUNICIPALITY, "Popayán", Onboarding.COMPANY, "Panadería La 14"));
    }

    /** Where the new answer cannot be read, its question is asked as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | 'me equivoqué de municipio, es otro' | municipality",
            "es | me equivoqué de municipio | municipality",
            "es | el sector está mal | sector", "en | 'wrong town, sorry' | municipality"})
    void aCorrectionWithoutAReadableAnswerAsksItsQuestion(String lang, String typed, String field) {
        Talk talk = Talk.profiled(lang);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).containsExactly(talk.t("profile.change." + field + ".question"));
        assertThat(talk.state().step()).isEqualTo("profile.change." + field);
        assertThat(talk.profile()).containsEntry(Onboarding.MUNICIPALITY, "Popayán").containsEntry(Onboarding.SECTOR, "ict");
    }

    /** During onboarding, an answer already given is corrected and its question follows again. */
    @Test
    void duringOnboardingTheQuestionOnScreenFollows() {
        Talk talk = new Talk("es").at(Onboarding.SIZE);

        List<Outbound> replies = talk.text("el sector es turismo, no comercio");

        assertThat(texts(replies)).containsExactly(talk.t("profile.change.sector.saved", "value", talk.t("sector.tourism")),
                talk.t("profile.size.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "tourism").doesNotContainKey(Onboarding.SIZE);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /**
     * QA: "tengo un restaurante" was noted as 🧳 Turismo, and "no, es comercio" at the next question was "toque una de
     * las opciones" (or, as the shipped classifier reads it, "¿quiere hablar con una persona?"): a reading said back is
     * one the person corrects right away, with a no or a mistake and the right answer. It is taken, said back, and the
     * question on screen follows. Told bare ("es comercio", "comercio", "it's commerce") it had been read as a wish for a
     * person, and told against the sector read ("no espere, es mas comercio q turismo") as no answer at all: both name
     * the sector meant, and it is taken the same way.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | 'no, es comercio'", "es | 'me equivoqué, es comercio'",
            "es | 'no es turismo, es comercio'", "es | 'perdón no, comercio'", "en | 'no, commerce'", "en | 'oops, it''s commerce'",
            "es | es comercio", "es | comercio", "es | 'no espere, es mas comercio q turismo'",
            "es | es mas comercio que turismo", "en | it's commerce", "en | 'wait, more commerce than tourism'"})
    void aSectorReadFromWordsIsCorrectedAtTheNextQuestion(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        talk.text(lang.equals("es") ? "tengo un restaurante" : "I have a restaurant");
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "tourism");

        List<Outbound> replies = talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "commerce").doesNotContainKey(Onboarding.SIZE);
        assertThat(texts(replies)).containsExactly(talk.t("profile.change.sector.saved", "value", talk.t("sector.commerce")),
                talk.t("profile.size.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /**
     * QA: under "¿Se refiere a…?", which offered 🏭 Manufactura and 🧳 Turismo for "atendemos turistas en silvia,
     * artesanias", "es comercio" was read as a wish for a person: a sector typed that the narrowed question does not show
     * is still that sector, and taken.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | atendemos turistas en silvia, artesanias | es comercio",
            "es | atendemos turistas en silvia, artesanias | comercio"})
    void aSectorTypedUnderTheNarrowedSectorQuestionIsTaken(String lang, String told, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        talk.text(told);
        assertThat(talk.state().buttonLabel("sector:tourism")).as("the question narrowed").isNotNull();
        assertThat(talk.state().buttonLabel("sector:commerce")).isNull();

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "commerce");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /** The sector already read, or a bare "otro", told at the size question changes nothing ("turismo", "otro"). */
    @ParameterizedTest
    @ValueSource(strings = {"turismo", "otro", "otra"})
    void theSameSectorOrABareOtroAtTheSizeQuestionChangesNothing(String typed) {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.text("tengo un restaurante");

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "tourism").doesNotContainKey(Onboarding.SIZE);
    }

    /** At the size question, a count after a no is its answer, never a sector ("no, somos 3 en la tienda"). */
    @Test
    void aCountAfterANoAtTheSizeQuestionKeepsTheSector() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.text("tengo un restaurante");

        talk.text("no, somos 3 en la tienda");

        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "tourism");
    }

    /** A text that names an answer and a "no" but tells no old answer is no correction: nothing changes. */
    @ParameterizedTest
    @ValueSource(strings = {"tenemos 5 empleados y no alcanzamos a atender", "no tenemos empleados",
            "el municipio no nos apoya"})
    void aNoBesideAnAnswersWordIsNoCorrection(String typed) {
        Talk talk = Talk.profiled("es");

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.SIZE, "micro").containsEntry(Onboarding.MUNICIPALITY, "Popayán");
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
    }
}
