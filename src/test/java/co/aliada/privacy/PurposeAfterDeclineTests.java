package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA: after "No acepto", "¿para qué necesitan mis datos?" (read as /mis_datos) was answered "No tenemos guardado ningún
 * dato", which answers nothing asked. It is told what the data would be for, and consent stays declined.
 */
class PurposeAfterDeclineTests {

    /** As the shipped classifier reads them: each a request for my data. */
    private static final Set<String> MY_DATA = Set.of("para que necesitan mis datos?", "¿Para qué quieren mis datos?",
            "why do you need my data?", "mis datos", "y para que necesitan mis datos", "what do you use my data for?");

    private final PrivacyTestStore store = new PrivacyTestStore();
    private final ConversationEngine engine = store.engineHearingMyData(MY_DATA);

    private String declined(String lang) {
        String chat = "web:declined-" + lang;
        engine.handle(Inbound.command(chat, "start").withLangHint(lang));
        engine.handle(Inbound.button(chat, "consent:no").withLangHint(lang));
        assertThat(store.load(chat).consent()).isEqualTo(ChatState.Consent.DECLINED);
        return chat;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | para que necesitan mis datos?", "es | ¿Para qué quieren mis datos?",
            "en | why do you need my data?"})
    void aQuestionOfWhatTheDataIsForIsAnsweredWithItsPurpose(String lang, String typed) {
        String chat = declined(lang);

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed).withLangHint(lang));

        assertThat(replies).extracting(Outbound::text).contains(EngineWithoutSpring.TEXTS.get("privacy.export.purpose.declined", lang))
                .doesNotContain(EngineWithoutSpring.TEXTS.get("privacy.export.nothing", lang));
        assertThat(store.load(chat).consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Outbound.Button::data))
                .as("the way to accept later stays below").contains("consent:yes");
    }

    /**
     * After consent, the same question sent the file of everything kept, which answers nothing asked; it is told what the
     * data is for and who sees it, as "¿para qué usan mis datos?" (a listed question) already was.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | y para que necesitan mis datos", "en | what do you use my data for?"})
    void afterConsentAQuestionOfWhatTheDataIsForIsAnsweredWithItsPurposeNotTheFile(String lang, String typed) {
        String chat = profiled(lang);

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed).withLangHint(lang));

        assertThat(replies).extracting(Outbound::text).contains(EngineWithoutSpring.TEXTS.get("common.who-sees", lang));
        assertThat(replies).allMatch(r -> r.document() == null);
    }

    @org.junit.jupiter.api.Test
    void afterConsentARequestForTheDataStillSendsTheFile() {
        String chat = profiled("es");

        List<Outbound> replies = engine.handle(Inbound.text(chat, "mis datos").withLangHint("es"));

        assertThat(replies).anyMatch(r -> r.document() != null);
    }

    private String profiled(String lang) {
        String chat = "web:consented-" + lang;
        engine.handle(Inbound.command(chat, "start").withLangHint(lang));
        List.of("consent:yes", "sector:commerce", "size:micro").forEach(data -> engine.handle(Inbound.button(chat, data).withLangHint(lang)));
        return chat;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | mis datos"})
    void aRequestForTheDataIsStillToldNothingIsKept(String lang, String typed) {
        String chat = declined(lang);

        List<Outbound> replies = engine.handle(Inbound.text(chat, typed).withLangHint(lang));

        assertThat(replies).extracting(Outbound::text).contains(EngineWithoutSpring.TEXTS.get("privacy.export.nothing", lang));
    }
}
