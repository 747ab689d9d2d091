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
}
