package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The restatement kept a self-introduction ("Mi nombre es Luz Dary. Tengo una tienda…" was "…, ahora que mi nombre es
 * Luz Dary?"), and its "para …" could carry a clause that names no people ("para los caficultores de la vereda tienen
 * roya", "para la roya afecta a los caficultores").
 */
class HowMightWeNamesAndPeopleTests {

    private static String es(String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, "es");
    }

    private static String en(String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, "en");
    }

    private static String forWho(String context, String lang) {
        String text = "es".equals(lang) ? "Los camiones no llegan a la vereda" : "Our orders get lost in a notebook";
        return HowMightWe.restate(ChallengeBot.CONTENT, "problem", text, context, lang);
    }

    private static String es(String problem, String who) {
        return "¿Cómo podríamos salir adelante" + (who.isEmpty() ? "" : " para " + who) + ", ahora que " + problem + "?";
    }

    private static String en(String problem, String who) {
        return "How might we move forward" + (who.isEmpty() ? "" : " for " + who) + ", now that " + problem + "?";
    }

    // 2. A sentence or clause that only gives the person's name is no problem told

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mi nombre es Luz Dary. Tengo una tienda de ropa en Piendamó y casi no vendo | tengo una tienda de ropa en Piendamó y casi no vendo",
            "Hola, mi nombre es Luz Dary. Casi no vendo en la tienda | casi no vendo en la tienda",
            "Me llamo Luz Dary, los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "Mi nombre es Luz Dary y casi no vendo en la tienda | casi no vendo en la tienda",
            "Soy Luz Dary. Casi no vendo en la tienda | casi no vendo en la tienda",
            "soy luz dary. Casi no vendo en la tienda | casi no vendo en la tienda",
            "Les habla Luz Dary Muñoz, de Piendamó: casi no vendo en la tienda | casi no vendo en la tienda",
            "Buenas tardes, les habla Luz Dary, los clientes ya no vuelven a la tienda | los clientes ya no vuelven a la tienda",
            "Soy Luz Dary de Piendamó y casi no vendo en la tienda | casi no vendo en la tienda"})
    void aSpanishSelfIntroductionIsNoProblemTold(String text, String problem) {
        assertThat(es(text)).isEqualTo(es(problem, "")).doesNotContain("Dary");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My name is Luz Dary. Our sales are down this year | our sales are down this year",
            "Hi, I'm Maria from Silvia and our sales are down | our sales are down",
            "I'm Maria. Our sales are down this year | our sales are down this year",
            "This is Maria, our orders get lost in a notebook | our orders get lost in a notebook"})
    void anEnglishSelfIntroductionIsNoProblemTold(String text, String problem) {
        assertThat(en(text)).isEqualTo(en(problem, "")).doesNotContain("Maria").doesNotContain("Dary");
    }

    @Test
    void whatSomeoneIsStaysWhereItTellsTheProblem() {
        assertThat(es("soy caficultora y no tengo a quién venderle el café"))
                .as("no name: a statement about oneself is kept as before")
                .isEqualTo(es("soy caficultora y no tengo a quién venderle el café", ""));
        assertThat(en("I'm losing customers to the supermarket")).isEqualTo(en("I'm losing customers to the supermarket", ""));
        assertThat(en("I am worried because sales are down")).isEqualTo(en("I am worried because sales are down", ""));
        assertThat(es("Mi nombre es Luz Dary")).as("nothing else was told: the words stay").contains("Luz Dary");
        assertThat(es("Me llamo Luz Dary y quiero vender por internet")).isEqualTo("¿Cómo podríamos vender por internet?");
    }

    // 3. "para …" names a group of people, or is left out

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "los caficultores de la vereda tienen roya y los afecta a todos | los caficultores de la vereda",
            "Los caficultores tienen roya y eso los afecta a todos | los caficultores",
            "mis empleados pierden mucho tiempo buscando los pedidos | mis empleados",
            "los clientes se quejan porque nos demoramos | los clientes",
            "a las mujeres de la asociación de artesanas, que tejen en casa | las mujeres de la asociación de artesanas",
            "la roya afecta a los caficultores | ''",
            "los pedidos de los clientes se atrasan | ''",
            "los afecta a todos | ''",
            "afecta a los 5 empleados y ya probamos con excel | los 5 empleados",
            "a los caficultores y sus familias | los caficultores y sus familias"})
    void theSpanishForWhomNamesPeopleOnly(String context, String who) {
        assertThat(forWho(context, "es")).isEqualTo(es("los camiones no llegan a la vereda", who));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "our workers lose hours looking for orders | our workers",
            "the farmers of the village have rust and it affects everyone | the farmers of the village",
            "the rust affects the farmers | ''",
            "the orders of our customers are late | ''",
            "It affects our delivery staff because they drive twice | our delivery staff",
            "the workers and we tried a spreadsheet | the workers"})
    void theEnglishForWhomNamesPeopleOnly(String context, String who) {
        assertThat(forWho(context, "en")).isEqualTo(en("our orders get lost in a notebook", who));
    }
}
