package co.aliada.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HowMightWeTests {

    private static String es(String driver, String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, driver, text, "es");
    }

    private static String en(String driver, String text) {
        return HowMightWe.restate(ChallengeBot.CONTENT, driver, text, "en");
    }

    @Test
    void turnsASpanishWishIntoItsVerb() {
        assertThat(es("trend", "Queremos exportar café especial a Europa.")).isEqualTo("¿Cómo podríamos exportar café especial a Europa?");
        assertThat(es("problem", "necesito organizarme mejor con los pedidos")).isEqualTo("¿Cómo podríamos organizarme mejor con los pedidos?");
        assertThat(es("users", "¿Cómo podemos llegarle a clientes de Cali?")).isEqualTo("¿Cómo podríamos llegarle a clientes de Cali?");
    }

    @Test
    void restatesAStatementWithTheDriversVerbNotAGluedPrefix() {
        assertThat(es("problem", "Se me dañó el computador y perdí todo")).isEqualTo(
                "¿Cómo podríamos salir adelante, ahora que se me dañó el computador y perdí todo?");
        assertThat(es("technology", "necesito el registro INVIMA")).isEqualTo(
                "¿Cómo podríamos apoyarnos en la tecnología, ahora que necesito el registro INVIMA?");
        assertThat(es("users", "INVIMA nos pide otro empaque")).startsWith(
                "¿Cómo podríamos atender mejor a nuestros clientes, ahora que INVIMA nos pide");
    }

    @Test
    void keepsTheEnglishPronounICapitalised() {
        assertThat(en("problem", "I keep orders in a notebook and they get lost")).isEqualTo(
                "How might we move forward, now that I keep orders in a notebook and they get lost?");
        assertThat(en("problem", "I'm losing customers to the supermarket")).isEqualTo(
                "How might we move forward, now that I'm losing customers to the supermarket?");
        assertThat(en("problem", "Ideas get lost in our team chat")).isEqualTo(
                "How might we move forward, now that ideas get lost in our team chat?");
    }

    @Test
    void restatesInEnglish() {
        assertThat(en("trend", "We want to sell panela online.")).isEqualTo("How might we sell panela online?");
        assertThat(en("problem", "Our orders get lost in a notebook")).isEqualTo(
                "How might we move forward, now that our orders get lost in a notebook?");
    }

    @Test
    void keepsAWishToAShortVerbPhrase() {
        assertThat(es("trend", "Queremos exportar café especial a Europa porque aquí nos pagan muy poco"))
                .isEqualTo("¿Cómo podríamos exportar café especial a Europa?");
        assertThat(es("users", "Quiero llegarle a clientes de Cali, que compran más caro"))
                .isEqualTo("¿Cómo podríamos llegarle a clientes de Cali?");
        assertThat(en("trend", "We want to sell panela online because people buy there now"))
                .isEqualTo("How might we sell panela online?");
        assertThat(es("problem", "Los pedidos se pierden, y los clientes se van")).doesNotContain(":")
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los pedidos se pierden?");
    }

    @Test
    void saysWhoIsAffectedWhenTheDiscoverAnswerNamesThem() {
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "trend", "Queremos exportar café especial a Europa",
                "Afecta a los caficultores de la vereda, que venden barato", "es"))
                .isEqualTo("¿Cómo podríamos exportar café especial a Europa para los caficultores de la vereda?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Los camiones no llegan a la vereda",
                "A mis trabajadores. Ya probamos otra ruta", "es"))
                .isEqualTo("¿Cómo podríamos salir adelante para mis trabajadores, ahora que los camiones no llegan a la vereda?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Our orders get lost in a notebook",
                "It affects our delivery staff because they drive twice", "en"))
                .isEqualTo("How might we move forward for our delivery staff, now that our orders get lost in a notebook?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Los camiones no llegan a la vereda",
                "Probamos con otra ruta y no sirvió", "es")).as("an answer about what was tried names nobody")
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los camiones no llegan a la vereda?");
    }

    @Test
    void keepsOnlyTheFirstSentenceWithinTheContentLimit() {
        String first = es("problem", "Los camiones no llegan a la vereda. Además llueve mucho y se dañan las vías.");
        assertThat(first).isEqualTo("¿Cómo podríamos salir adelante, ahora que los camiones no llegan a la vereda?");

        String longOne = es("problem", "las vías ".repeat(100));
        assertThat(longOne.length()).isLessThan(ChallengeBot.CONTENT.hmwMaxChars() + 80);
        assertThat(longOne).endsWith("…?");
    }
    /** QA: the line kept the greeting or filler before the first comma ("…, ahora que hola buenas?"). */
    @Test
    void carriesTheSubstanceNotTheGreetingOrFillerBeforeIt() {
        assertThat(es("problem", "hola buenas, lo que pasa es que en la tienda se me vence la mercancia porque no llevo inventario"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que en la tienda se me vence la mercancia porque no llevo inventario?");
        assertThat(es("problem", "pues la verdad, yo tengo un taller de motos, los clientes se quejan porque me demoro mucho"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los clientes se quejan porque me demoro mucho?");
        assertThat(es("problem", "pues la verdad, yo tengo un taller de motos y los repuestos llegan tarde"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que yo tengo un taller de motos y los repuestos llegan tarde?");
        assertThat(es("users", "mire señorita, nosotros tenemos una empresa de software, pero no conseguimos clientes fuera de Popayán"))
                .isEqualTo("¿Cómo podríamos atender mejor a nuestros clientes, ahora que no conseguimos clientes fuera de Popayán?");
        assertThat(es("technology", "bueno mire le cuento, el trapiche es muy viejo y gasta mucha leña, perdemos plata"))
                .isEqualTo("¿Cómo podríamos apoyarnos en la tecnología, ahora que el trapiche es muy viejo y gasta mucha leña?");
        assertThat(es("problem", "Hola. Buenas tardes, resulta que los camiones no llegan a la vereda"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los camiones no llegan a la vereda?");
        assertThat(es("trend", "hola, queremos exportar café especial a Europa"))
                .isEqualTo("¿Cómo podríamos exportar café especial a Europa?");
        assertThat(en("problem", "hi, the thing is that our orders get lost in a notebook"))
                .isEqualTo("How might we move forward, now that our orders get lost in a notebook?");
    }

    /** QA: "hola buenas, mire que se me daña la leche" became "…, ahora que que se me daña la leche?". */
    @Test
    void carriesTheProblemPastAFillerEndingInQue() {
        assertThat(es("problem", "hola buenas, mire que se me daña la leche porque no tengo nevera"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que se me daña la leche porque no tengo nevera?");
        assertThat(es("problem", "vea que los clientes ya no vuelven"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los clientes ya no vuelven?");
        assertThat(es("problem", "sabe qué, la competencia vende más barato"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que la competencia vende más barato?");
    }

    /** QA round C: "Pues... no sé, los clientes no vuelven" became "…ahora que no sé?", "ola q tal, …" "…ahora que ola q tal?". */
    @Test
    void carriesTheSubstanceAfterDoubtsGreetingsAndAName() {
        assertThat(es("problem", "Pues... no sé, los clientes no vuelven"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los clientes no vuelven?");
        assertThat(es("problem", "ola q tal, los clientes no vuelven"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los clientes no vuelven?");
        assertThat(es("problem", "hola buenas tardes como esta, bien o que, le cuento que la moto del domicilio se vare y los pedidos llegan tarde"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que la moto del domicilio se vare y los pedidos llegan tarde?");
        assertThat(en("problem", "hi! well... I don't know, sales are down"))
                .isEqualTo("How might we move forward, now that sales are down?");
    }

    /** QA: "…we could build a simple ecommerce platform for them, but we do not know how to price it" dropped the problem. */
    @Test
    void carriesTheProblemToldAfterButOrPero() {
        assertThat(en("problem", "Artisans in Silvia want to sell online, we could build a simple ecommerce platform for them, "
                + "but we do not know how to price it or reach them"))
                .isEqualTo("How might we move forward, now that we do not know how to price it or reach them?");
        assertThat(en("problem", "We could build a simple ecommerce platform for them but we do not know how to price it"))
                .isEqualTo("How might we move forward, now that we do not know how to price it?");
        assertThat(es("problem", "tenemos buena cosecha pero los intermediarios pagan muy poco"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los intermediarios pagan muy poco?");
        assertThat(es("problem", "no vendemos casi nada, pero queremos llegar a Cali"))
                .as("a wish told after «pero» is the wish").isEqualTo("¿Cómo podríamos llegar a Cali?");
        assertThat(es("trend", "Queremos exportar, pero no sabemos cómo")).as("a wish is its verb, the «pero» is left out")
                .isEqualTo("¿Cómo podríamos exportar?");
        assertThat(es("problem", "El problema es que los clientes no pagan a tiempo"))
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los clientes no pagan a tiempo?");
        assertThat(es("problem", "vendemos bien pero no")).as("too little after «pero» to stand alone")
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que vendemos bien pero no?");
    }

    /** QA: "…para los 5 empleados y ya probamos con excel, ahora que eh pues los pedidos…". */
    @Test
    void saysForWhomOnlyWithThePeopleTheDiscoverAnswerNames() {
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "eh pues los pedidos se nos pierden porque los anotamos en papel",
                "afecta a los 5 empleados y ya probamos con excel pero no funciono", "es"))
                .isEqualTo("¿Cómo podríamos salir adelante para los 5 empleados, ahora que los pedidos se nos pierden porque los anotamos en papel?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Los camiones no llegan a la vereda",
                "a los caficultores y sus familias", "es"))
                .isEqualTo("¿Cómo podríamos salir adelante para los caficultores y sus familias, ahora que los camiones no llegan a la vereda?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Los camiones no llegan a la vereda",
                "los pedidos se atrasan una semana", "es")).as("names no people")
                .isEqualTo("¿Cómo podríamos salir adelante, ahora que los camiones no llegan a la vereda?");
        assertThat(HowMightWe.restate(ChallengeBot.CONTENT, "problem", "Our orders get lost in a notebook",
                "the workers and we tried a spreadsheet", "en"))
                .isEqualTo("How might we move forward for the workers, now that our orders get lost in a notebook?");
    }

    @Test
    void showsTheOwnWordsOnlyWhenMoreThanGreetingsWasLeftOut() {
        String text = "hola buenas, lo que pasa es que en la tienda se me vence la mercancia porque no llevo inventario";
        assertThat(HowMightWe.leavesOut(ChallengeBot.CONTENT, "es", es("problem", text), text)).isFalse();
        String more = "mire señorita, nosotros tenemos una empresa de software, pero no conseguimos clientes";
        assertThat(HowMightWe.leavesOut(ChallengeBot.CONTENT, "es", es("problem", more), more)).isTrue();
    }
}
