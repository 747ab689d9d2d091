package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before, a wish to correct a profile answer with more than six words ("me equivoqué de sector, no es ese", "perdón,
 * puse mal el municipio donde queda el negocio") was not recognised at the menu or at a question with options: it was
 * read as an answer or a miss. Now a message that opens with a correction wish (after a "perdón" or a filler) opens
 * that answer's change; a challenge that names a sector or a town ("queremos cambiar el sector de la finca hacia el
 * turismo") or a mistake of the business ("me equivoqué al comprar tanta mercancía") is not taken for one.
 */
class LongerCorrectionWishTests {

    /** A person past the profile, resting at the menu (the self-check is not plugged in here). */
    private static Talk profiled(String lang, Understanding understanding) {
        Talk talk = new Talk(lang, understanding).at(Onboarding.COMPANY);
        talk.text("Panadería La 14");
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
        return talk;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | me equivoqué de sector, no es ese | sector",
            "es | perdón, puse mal el municipio donde queda el negocio | municipality",
            "es | disculpe, me equivoque en el tamaño, somos más de los que dije | size",
            "es | el sector está mal, no somos de tecnología | sector",
            "en | sorry, i picked the wrong sector when you asked me | sector"})
    void atTheMenuALongerWishOpensItsChange(String lang, String typed, String field) {
        Talk talk = profiled(lang, Understanding.NOTHING);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).contains(talk.t("profile.change." + field + ".question"));
        assertThat(talk.state().step()).isEqualTo("profile.change." + field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"me equivoqué de sector, no es ese", "perdón, puse mal el sector cuando me lo preguntó"})
    void atAQuestionWithOptionsTooThenBackToIt(String typed) {
        Talk talk = new Talk("es").at(Onboarding.SIZE); // at the size question, the sector answered

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).contains(talk.t("profile.change.sector.question"));
        assertThat(talk.state().step()).isEqualTo("profile.change.sector");
        assertThat(texts(talk.tap("sector:commerce"))).contains(talk.t("profile.size.question"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"queremos cambiar el sector de la finca hacia el turismo", "me equivoqué al comprar tanta mercancía",
            "cambiar el sector de la finca hacia el turismo nos da miedo", "en el municipio puse mal la tienda y no vendemos nada"})
    void aChallengeThatNamesASectorOrATownIsNoWish(String typed) {
        Talk talk = profiled("es", Understanding.NOTHING);

        List<Outbound> replies = talk.text(typed);

        assertThat(talk.state().step()).doesNotStartWith("profile.change");
        assertThat(String.join("\n", texts(replies))).doesNotContain(talk.t("profile.change.sector.question"),
                talk.t("profile.change.municipality.question"));
    }

    /** A wrong line of business told with what befalls it, leaning to a need even faintly, is a challenge, not a wrong answer. */
    @ParameterizedTest
    @ValueSource(strings = {"me equivoqué de sector, el café ya no da plata y tengo deudas", "me equivoqué de sector, no vendo nada"})
    void aMistakeOfTheBusinessReadAsANeedIsNoWish(String typed) {
        Talk talk = profiled("es", (text, lang) -> new Understanding.Intent(Understanding.NEED, 0.2, false));

        talk.text(typed);

        assertThat(talk.state().step()).doesNotStartWith("profile.change");
    }
}
