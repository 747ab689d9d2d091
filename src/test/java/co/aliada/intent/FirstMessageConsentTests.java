package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chat's first message read by the shipped classifier: a need told after a greeting, however faintly the classifier
 * hears it, is held and said back above the consent notice; a question about the bot or small talk after a greeting is
 * not. Despair about the business told first is comforted, and held as the need it tells.
 */
class FirstMessageConsentTests {

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED)).engine();

    private List<String> first(String lang, String typed) {
        return engine.handle(Inbound.text("web:first", typed).withLangHint(lang)).stream().map(Outbound::text).toList();
    }

    private static String t(String key, String lang, Object... nameValues) {
        return TestTexts.texts().get(key, lang, nameValues);
    }

    /**
     * "buenas noches, tenemos un cultivo de fresas…" leaned to a need at 0.19 and was neither said back nor kept. QA then
     * found the need said back and kept with its greeting ("Con gusto le ayudo con eso: hola, tengo una tienda…").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | buenas noches, | tenemos un cultivo de fresas en Sotará y se nos pudre la cosecha antes de venderla",
            "es | hola buenas, | tengo un taller de motos y los repuestos me llegan tardísimo de Cali",
            "es | buenas tardes, | hacemos café especial en Inzá pero los intermediarios nos pagan muy poco",
            "es | hola, | tengo una tienda de ropa en piendamo y no vendo casi nada",
            "en | good evening, | we run a small bakery in Popayán and half the bread goes stale before we sell it",
            "en | hi there, | my family grows coffee near Inzá and the middlemen pay us almost nothing",
            // QA: greetings in a row were kept but for the first ("Con gusto le ayudo con eso: q tal. tengo una tiendita…")
            "es | buenas, q tal. | tengo una tiendita de barrio en el bordo y casi no me compran, la gente se va pal supermercado",
            "es | hola, buenas tardes, cómo está? | tenemos una panadería en Timbío y el pan se nos queda sin vender",
            "en | hi, good morning! | we run a small bakery in Popayán and half the bread goes stale before we sell it"})
    void aFaintNeedAfterAGreetingIsHeldAndSaidBackWithoutIt(String lang, String greeting, String need) {
        List<String> replies = first(lang, greeting + " " + need);

        assertThat(replies).containsExactly(t("start.greeting", lang), t("consent.need-heard", lang, "text", need),
                t("consent.notice", lang));
        assertThat(store.state("web:first").get(ChatState.TOLD_NEED)).isEqualTo(need);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | hola buenas tardes, ¿cómo funciona esto?",
            "es | hola, ¿cómo está? espero que muy bien y que tenga una feliz tarde",
            "es | buenas tardes, ¿esto tiene algún costo o es totalmente gratis para los negocios?",
            "es | hola buenos días, qué bonito día hace hoy en Popayán, verdad que sí",
            "es | hola buenas tardes, me mandaron este enlace y quisiera saber de qué se trata",
            "en | hello there, how are you doing today my friend, hope all is well",
            "en | good morning, what is the weather going to be like tomorrow in Popayán?"})
    void aQuestionOrSmallTalkAfterAGreetingIsNotHeld(String lang, String typed) {
        List<String> replies = first(lang, typed);

        assertThat(replies).doesNotContain(t("consent.need-heard", lang, "text", typed)).contains(t("consent.notice", lang));
        assertThat(store.state("web:first").get(ChatState.TOLD_NEED)).isNull();
    }

    /**
     * "ya no puedo más con este negocio…" leaned to a refusal; these had the welcome alone, as if nothing was said. Said
     * back, the despair is noted, not met with "Con gusto… 🙌".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | estoy desesperada, me van a quitar el local",
            "es | ya no puedo más con este negocio, las deudas me ahogan",
            "en | I'm desperate, the bank will take my shop"})
    void despairToldFirstIsComfortedAndHeldAsTheNeed(String lang, String typed) {
        List<String> replies = first(lang, typed);

        assertThat(replies).containsExactly(t("start.greeting", lang), t("safety.despair", lang),
                t("consent.need-heard.comforted", lang, "text", typed), t("consent.notice", lang));
        assertThat(store.state("web:first").get(ChatState.TOLD_NEED)).isEqualTo(typed);
    }
}
