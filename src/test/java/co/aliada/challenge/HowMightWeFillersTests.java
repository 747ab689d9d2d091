package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Some fillers are words that mean something when no mark sets them off: "mi problema es que no se usar las redes" was
 * restated "…, ahora que usar las redes…?" (the "no sé" dropped as a filler, so the line said the opposite), and
 * "este año no vendimos nada" lost "este". A problem told from "desde que" was "…, ahora que desde que abrieron…?".
 */
class HowMightWeFillersTests {

    private static String restate(String text, String lang) {
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, lang);
    }

    private static String line(String problem, String lang) {
        return "es".equals(lang) ? "¿Cómo podríamos salir adelante, ahora que " + problem + "?"
                : "How might we move forward, now that " + problem + "?";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | mi problema es que no se usar las redes sociales para vender | no se usar las redes sociales para vender",
            "es | no sé llevar las cuentas del negocio | no sé llevar las cuentas del negocio",
            "es | este año no vendimos casi nada en la feria | este año no vendimos casi nada en la feria",
            "en | i don't know how to sell on the internet | i don't know how to sell on the internet"})
    void aFillerThatNoMarkSetsOffIsKept(String lang, String text, String problem) {
        assertThat(restate(text, lang)).isEqualTo(line(problem, lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | no sé, los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "es | pues este, los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "en | i don't know, our customers don't come back | our customers don't come back"})
    void aFillerSetOffByAMarkIsStillDropped(String lang, String text, String problem) {
        assertThat(restate(text, lang)).isEqualTo(line(problem, lang));
    }

    /** "q", as "que" is typed on a phone, left the lead-in in the line: "…, ahora que el problema es q los intermediarios…?". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hola buenas tardes, el problema es q los intermediarios nos pagan muy poco x el cafe | los intermediarios nos pagan muy poco x el cafe",
            "lo q pasa es q se nos vence la mercancia | se nos vence la mercancia",
            "pues es q los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "tenemos una finca, pero el problema es q la cosecha se pierde | la cosecha se pierde"})
    void aLeadInTypedWithQIsDroppedAsWithQue(String text, String problem) {
        assertThat(restate(text, "es")).isEqualTo(line(problem, "es"));
    }

    /** QA: "pues mire q la gente ya no viene…", told as a trend, was restated "¿Cómo podríamos aprovechar que q la gente…?". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"trend", "problem", "users"})
    void aLeadInOfMireQIsDroppedWhateverTheDriver(String driver) {
        String text = "pues mire q la gente ya no viene a la tienda, todos compran x internet y nosotros ni pagina tenemos jajaja";

        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, driver, text, "es")).doesNotContain("que q ").contains(" la gente ya no viene");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "desde que abrieron el centro comercial ya casi nadie entra a mi tienda | abrieron el centro comercial ya casi nadie entra a mi tienda",
            "Pues desde que llegó el invierno se nos daña la cosecha | llegó el invierno se nos daña la cosecha"})
    void aProblemToldFromDesdeQueIsNotDesdeQueAfterAhoraQue(String text, String problem) {
        assertThat(restate(text, "es")).isEqualTo(line(problem, "es"));
    }

    /** "pa", "para" as it is said: "¿Cómo podríamos salir adelante, ahora que pa sacar los ladrillos…?" read as typed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pa sacar los ladrillos al pueblo toca pagar un camion",
            "para sacar los ladrillos al pueblo toca pagar un camion"})
    void aChallengeOpeningWithPaReadsAsOneOpeningWithPara(String text) {
        assertThat(restate(text.replaceFirst("^pa ", "para "), "es")).isEqualTo(restate(text, "es")).doesNotContain("que pa ");
    }
}
