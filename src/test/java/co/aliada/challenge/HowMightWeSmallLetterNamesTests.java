package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The restatement skipped a self-introduction only when the name was capitalised: "me llamo luz dary y casi no vendo en
 * la tienda" kept "me llamo luz dary". A name in small letters that a join or a mark ends within three words is skipped
 * too, while what someone is ("soy caficultora y no vendo") stays.
 */
class HowMightWeSmallLetterNamesTests {

    private static String es(String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, "es");
    }

    private static String en(String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, "en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me llamo luz dary y casi no vendo en la tienda | casi no vendo en la tienda",
            "mi nombre es luz dary muñoz, los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "hola, soy luz dary y casi no vendo en la tienda | casi no vendo en la tienda",
            "les habla dary: casi no vendo en la tienda | casi no vendo en la tienda"})
    void aSpanishNameInSmallLettersIsNoProblemTold(String text, String problem) {
        assertThat(es(text)).isEqualTo(es(problem)).doesNotContain("dary").doesNotContain("llamo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "i'm maria and our sales are down this year | our sales are down this year",
            "my name is maria lópez, our orders get lost in a notebook | our orders get lost in a notebook"})
    void anEnglishNameInSmallLettersIsNoProblemTold(String text, String problem) {
        assertThat(en(text)).isEqualTo(en(problem)).doesNotContain("maria");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | soy caficultora y no tengo a quién venderle el café",
            "es | soy caficultora y no vendo",
            "es | soy nueva y los clientes no me conocen todavía",
            "es | soy de Timbío y los camiones no llegan a la vereda",
            "es | soy vendedora y casi no vendo en la tienda",
            "en | i'm new and our sales are down this year",
            "en | I'm a farmer and the buyers pay too little"})
    void whatSomeoneIsStaysWhereItTellsTheProblem(String lang, String text) {
        String restated = "es".equals(lang) ? es(text) : en(text);
        String first = text.split("[ ,]+")[1];
        assertThat(restated).containsIgnoringCase(first);
    }
}
