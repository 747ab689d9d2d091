package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "no hablo inglés" in a chat in English was answered "tap an option" in English (the classifier leans it to a refusal),
 * and "I don't speak Spanish" would have switched to Spanish by the language it names: a wish for a language switches at
 * once, answered in the language wished, with the question and its buttons in it.
 */
class LanguageWishTests {

    @ParameterizedTest
    @CsvSource({"en, no hablo inglés, es", "en, 'Disculpe, no hablo inglés', es", "en, hablo español, es",
            "en, en español por favor, es", "en, I don't understand English, es",
            "es, I don't speak Spanish, en", "es, no hablo español, en", "es, 'sorry, i dont speak spanish', en",
            "es, hablo inglés, en"})
    void aWishForTheOtherLanguageSwitchesAtOnceAndAsksTheQuestionInIt(String lang, String typed, String wished) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        Talk inWished = new Talk(wished);
        assertThat(talk.state().lang()).isEqualTo(wished);
        assertThat(texts(replies)).containsExactly(inWished.t("language.changed"), inWished.t("profile.sector.question"));
        assertThat(last(replies).buttons().get(0).get(0).label()).isEqualTo(inWished.t("sector.agribusiness"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    /** Where a text is asked for, the wish counts as the whole message. */
    @Test
    void atAQuestionAnsweredInWordsTheWholeMessageSwitches() {
        Talk talk = new Talk("en").at(Onboarding.MUNICIPALITY);

        List<Outbound> replies = talk.text("no hablo inglés");

        Talk spanish = new Talk("es");
        assertThat(texts(replies)).containsExactly(spanish.t("language.changed"), spanish.t("profile.municipality.question"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.MUNICIPALITY);
    }

    /** A language only named, not wished, changes nothing: "mi página web está en inglés" is no request. */
    @Test
    void aLanguageOnlyNamedChangesNothing() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);

        talk.text("mi página web está en inglés");

        assertThat(talk.state().lang()).isEqualTo("es");
    }

    /** The chat's first words, a wish for the other language: the welcome comes in it. */
    @Test
    void aFirstMessageWishingEnglishGetsTheWelcomeInEnglish() {
        Talk talk = new Talk("es");

        List<Outbound> replies = talk.text("no hablo español");

        assertThat(talk.state().lang()).isEqualTo("en");
        assertThat(texts(replies)).contains(new Talk("en").t("consent.notice"));
    }
}
