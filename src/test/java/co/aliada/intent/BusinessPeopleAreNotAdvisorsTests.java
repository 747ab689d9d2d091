package co.aliada.intent;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business need that borrows the words of a request for a person ("tengo que hablar con mis proveedores", "we need
 * someone to serve customers") names who that person deals with in the business, or what they would do for it; a
 * request for a person names the bot's side (an advisor, someone of yours, a real person) or nobody at all. The needs
 * were read as talk_to_human: not strong, but at the menu they offered or opened a case instead of taking the challenge.
 */
class BusinessPeopleAreNotAdvisorsTests {

    private static final String CHAT = "web:business-people";

    private final CommandsAtTheMenu menu = new CommandsAtTheMenu(List.of(List.of("asesor", "advisor"), List.of("ayuda", "help")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "necesito una persona que hable con los compradores | es",
            "quiero que alguien le hable a mis clientes por telefono | es",
            "necesito hablar con mis empleados pero no se como | es",
            "quiero hablar con alguien de mi equipo de ventas | es",
            "necesito a alguien que llame a los clientes | es",
            "necesito alguien que me atienda el local | es",
            "necesito una persona que me colabore con los domicilios | es",
            "i want someone to talk to buyers for me | en",
            "need someone to call my clients | en",
            "i need to speak with my employees | en",
            "we need somebody to help customers in the store | en",
            "i want to talk to my staff about the new prices | en",
    })
    void aNeedNamingThePeopleOfTheBusinessIsNoRequestForAPerson(String text, String lang) {
        var intent = CommandsAtTheMenu.CLASSIFIER.classify(text, lang);
        // the challenge where its phrases reach their threshold, otherwise nothing: never a person, never strong
        assertThat(intent.id()).as(text).isIn("challenge", null);
        assertThat(intent.strong()).as(text).isFalse();

        assertThat(menu.type(CHAT, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero hablar con un asesor | es",
            "paseme con alguien | es",
            "quiero hablar con alguien | es",
            "necesito que alguien de ustedes me llame | es",
            "una persona de carne y hueso que me atienda | es",
            "mis clientes no me pagan, quiero hablar con un asesor | es",
            "tengo lios con los proveedores, paseme con alguien | es",
            "can I talk to a real person | en",
            "i want to talk to someone from your team | en",
            "bot is useless, put me through to staff | en",
    })
    void aRequestForAPersonFromTheBotsSideStillOpensACase(String text, String lang) {
        assertThat(CommandsAtTheMenu.CLASSIFIER.classify(text, lang).id()).as(text).isEqualTo("talk_to_human");

        assertThat(menu.type(CHAT, text)).as(text).containsExactly("asesor");
    }
}
