package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before, "Otro" as a sector said nothing of the business: the size came next, and the summary and the consultants' card
 * read "Otro". Now one short, optional question asks what the business does, and it is shown beside the sector.
 */
class OnboardingOtherSectorTests {

    private static final String ACTIVITY = "profile.activity";

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void otherAsksWhatTheBusinessDoesAndKeepsItInTheProfile(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> asked = talk.tap("sector:other");
        assertThat(texts(asked)).containsExactly(talk.t("profile.activity.question"));
        assertThat(data(last(asked))).containsExactly("activity:skip");

        List<Outbound> next = talk.text("  venta de   repuestos ");
        assertThat(texts(next)).containsExactly(talk.t("profile.activity.saved", "activity", "venta de repuestos"),
                talk.t("profile.size.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "other").containsEntry(ACTIVITY, "venta de repuestos");
        assertThat(sectorShown(talk)).isEqualTo(talk.t("sector.other") + ": venta de repuestos");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | Prefiero no decir", "es | prefiero no decirlo", "en | rather not say", "es | paso"})
    void theQuestionIsOptional(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        talk.tap("sector:other");

        assertThat(texts(talk.text(typed))).containsExactly(talk.t("profile.size.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "other").doesNotContainKey(ACTIVITY);
        assertThat(sectorShown(talk)).isEqualTo(talk.t("sector.other"));

        Talk tapped = new Talk(lang).at(Onboarding.SECTOR);
        tapped.tap("sector:other");
        assertThat(texts(tapped.tap("activity:skip"))).containsExactly(tapped.t("profile.size.question"));
    }

    /** What the person writes is escaped where it is shown, and a question is answered, not kept. */
    @Test
    void theWordsAreEscapedAndAQuestionIsNotKept() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.tap("sector:other");

        assertThat(texts(talk.text("¿para qué quiere saber?"))).containsExactly(talk.t("profile.activity.why"),
                talk.t("profile.activity.question"));
        assertThat(talk.profile()).doesNotContainKey(ACTIVITY);

        talk.text("arreglos <b>de</b> ropa");
        assertThat(sectorShown(talk)).isEqualTo("Otro: arreglos &lt;b&gt;de&lt;/b&gt; ropa");
    }

    /** "peluquería", typed at the sector, picked "Otro" by words that already say what the business does: not asked again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | peluquería | peluquería", "es | Transporte | Transporte",
            "en | beauty salon | beauty salon"})
    void typedWordsThatSayWhatTheBusinessDoesAreKeptUnasked(String lang, String typed, String kept) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        assertThat(texts(talk.text(typed))).containsExactly(talk.t("profile.size.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "other").containsEntry(ACTIVITY, kept);
    }

    /** QA: "soy mototaxista", "tengo un salon de belleza", "somos una fundacion" were "toque una de las opciones". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | soy mototaxista", "es | tengo un salon de belleza", "es | somos una fundacion",
            "es | transporte de carga", "en | I drive a taxi"})
    void aServiceBusinessToldInASentenceIsOtherAndItsWordsAreKept(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<String> replies = texts(talk.text(typed));

        assertThat(replies).endsWith(talk.t("profile.size.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "other").containsKey(ACTIVITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | otro", "es | servicios", "en | something else", "es | 7"})
    void vagueWordsForOtherStillAsk(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        assertThat(texts(talk.text(typed))).endsWith(talk.t("profile.activity.question"));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "other").doesNotContainKey(ACTIVITY);
    }

    @Test
    void goingBackAsksTheSectorAgain() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.tap("sector:other");

        assertThat(texts(talk.text("me equivoqué"))).containsExactly(talk.t("profile.sector.question"));
        talk.tap("sector:commerce");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /** A wish to change the sector at that question: after it, the profile goes on, "what does it do" not asked twice. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sector:commerce | ", "sector:other | venta de repuestos"})
    void aSectorChangedAtThatQuestionGoesOnWithTheProfile(String tapped, String described) {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.tap("sector:other");

        talk.text("me equivoqué de sector");
        List<Outbound> replies = talk.tap(tapped);
        if (described != null) {
            assertThat(texts(replies)).containsExactly(talk.t("profile.activity.question"));
            replies = talk.text(described);
        }

        assertThat(texts(replies)).endsWith(talk.t("profile.size.question"))
                .doesNotContain(talk.t("profile.activity.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /** Changing the sector to "Otro" asks what the business does; changing it away forgets it. */
    @Test
    void changingTheSectorAsksOrForgetsWhatTheBusinessDoes() {
        Talk talk = new Talk("es").at(Onboarding.COMPANY);
        talk.text("Repuestos Don Lucho");

        talk.tap("/perfil sector");
        assertThat(texts(talk.tap("sector:other"))).containsExactly(talk.t("profile.activity.question"));
        assertThat(texts(talk.text("venta de repuestos de motos"))).containsExactly(
                talk.t("profile.change.sector.saved", "value", "Otro: venta de repuestos de motos"), talk.t("menu.question"));

        List<Outbound> overview = talk.command("perfil");
        assertThat(texts(overview).get(0)).contains("Otro: venta de repuestos de motos");

        talk.tap("/perfil sector");
        talk.tap("sector:commerce");
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "commerce").doesNotContainKey(ACTIVITY);
    }

    /** The sector as /perfil shows it (its first line), as HTML. */
    private static String sectorShown(Talk talk) {
        String overview = talk.command("perfil").get(0).text();
        String line = overview.lines().filter(l -> l.contains("Sector:")).findFirst().orElseThrow();
        return line.substring(line.indexOf("</b>") + 4).strip();
    }

    /** /reiniciar forgets it with the rest of the profile. */
    @Test
    void startingOverForgetsIt() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.tap("sector:other");
        talk.text("venta de repuestos");
        assertThat(talk.profile()).containsEntry(ACTIVITY, "venta de repuestos");

        talk.command("reiniciar si");

        assertThat(talk.profile()).isEmpty();
    }
}
