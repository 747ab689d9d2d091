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
    void wrapsAStatementInTheDriversTemplate() {
        assertThat(es("problem", "Se me dañó el computador y perdí todo")).isEqualTo(
                "¿Cómo podríamos resolver este problema: se me dañó el computador y perdí todo?");
        assertThat(es("technology", "necesito el registro INVIMA")).isEqualTo(
                "¿Cómo podríamos aprovechar la tecnología para esto: necesito el registro INVIMA?");
        assertThat(es("users", "INVIMA nos pide otro empaque")).startsWith(
                "¿Cómo podríamos responder mejor a nuestros clientes en esto: INVIMA nos pide");
    }

    @Test
    void keepsTheEnglishPronounICapitalised() {
        assertThat(en("problem", "I keep orders in a notebook and they get lost")).isEqualTo(
                "How might we solve this problem: I keep orders in a notebook and they get lost?");
        assertThat(en("problem", "I'm losing customers to the supermarket")).isEqualTo(
                "How might we solve this problem: I'm losing customers to the supermarket?");
        assertThat(en("problem", "Ideas get lost in our team chat")).isEqualTo(
                "How might we solve this problem: ideas get lost in our team chat?");
    }

    @Test
    void restatesInEnglish() {
        assertThat(en("trend", "We want to sell panela online.")).isEqualTo("How might we sell panela online?");
        assertThat(en("problem", "Our orders get lost in a notebook")).isEqualTo(
                "How might we solve this problem: our orders get lost in a notebook?");
    }

    @Test
    void keepsOnlyTheFirstSentenceWithinTheContentLimit() {
        String first = es("problem", "Los camiones no llegan a la vereda. Además llueve mucho y se dañan las vías.");
        assertThat(first).isEqualTo("¿Cómo podríamos resolver este problema: los camiones no llegan a la vereda?");

        String longOne = es("problem", "las vías ".repeat(100));
        assertThat(longOne.length()).isLessThan(ChallengeBot.CONTENT.hmwMaxChars() + 80);
        assertThat(longOne).endsWith("…?");
    }
}
