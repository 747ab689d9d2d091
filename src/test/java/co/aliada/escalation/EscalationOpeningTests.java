package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;

class EscalationOpeningTests {

    private final EscalationHarness h = new EscalationHarness().withProfiledUser(USER);

    @Test
    void opensByCommandTellingTheUserAPersonWillAnswerInOfficeHours() {
        List<Outbound> replies = h.send(Inbound.command(USER, "asesor"));

        assertThat(textTo(USER, replies)).contains("le paso con una persona", "menos de una hora",
                "lunes a viernes, de 08:00 a 17:00", "/bot");
        assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).isEqualTo("1");
        assertThat(h.parts.cases().find(1).orElseThrow().reason()).isEqualTo("command");
    }

    @Test
    void sendsACardWithProfileLevelsReasonAndTakeAndCloseButtons() {
        Outbound card = to(GROUP, h.send(Inbound.command(USER, "asesor"))).get(0);

        assertThat(card.text()).contains("#caso-1", "pidió un asesor (/asesor)", "español",
                "Café &lt;Alto&gt; Cauca", "Agroindustria", "1 a 10", "Popayán", "general 2", "marketing: 3", "process: 1",
                "25/11/2026 10:00");
        assertThat(card.buttons()).singleElement().satisfies(row -> assertThat(row)
                .extracting(Outbound.Button::data).containsExactly("case:take:1", "case:close:1"));
        assertThat(card.buttons().get(0)).extracting(Outbound.Button::label).containsExactly("🙋 Tomar caso", "✅ Cerrar caso");
    }

    @Test
    void showsTheChallengesWithPriorityAndServices() {
        h.challenges.add(new Challenges.Line("¿Cómo podríamos vender <en línea>?", "alta", "mp-market-entry"));

        Outbound card = to(GROUP, h.send(Inbound.command(USER, "asesor"))).get(0);

        assertThat(card.plainText()).contains("Retos: \n• ¿Cómo podríamos vender <en línea>? (prioridad alta) → servicios: mp-market-entry");
        assertThat(card.text()).contains("&lt;en línea&gt;");
    }

    @Test
    void forgetsEveryRecordOfAChatOnRequestKeepingAnAnonymousStub() {
        h.send(Inbound.command(USER, "asesor"));
        h.send(Inbound.text(USER, "hola"));
        assertThat(h.jdbc.queryForObject("select count(*) from escalation_case where chat = ?", Integer.class, USER))
                .isEqualTo(1);

        new CaseData(h.jdbc).erase(USER);

        assertThat(h.jdbc.queryForObject("select count(*) from escalation_case where chat = ?", Integer.class,
                CaseData.ERASED)).isEqualTo(1);
        assertThat(h.jdbc.queryForObject("select count(*) from escalation_case_message", Integer.class)).isZero();
        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
    }

    @Test
    void attachesTheTranscriptWithBothSidesColombianTimesAndPressedLabels() {
        h.send(Inbound.text(USER, "hola, necesito ayuda con mis ventas"));
        h.clock.advance(java.time.Duration.ofMinutes(2));
        h.send(Inbound.button(USER, "/ayuda"));
        Outbound file = to(GROUP, h.send(Inbound.command(USER, "asesor"))).get(1);

        assertThat(file.document().fileName()).isEqualTo("caso-1.txt");
        assertThat(file.document().contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(file.text()).contains("#caso-1");
        String text = new String(file.document().bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("caso #caso-1 · Café <Alto> Cauca", "25/11 10:00 Usuario: hola, necesito ayuda con mis ventas",
                "25/11 10:00 Aliada: Disculpe, no le entendí", "25/11 10:02 Usuario: [❓ Ayuda]", "Aliada: Esto es lo que hago");
        assertThat(text).as("the message that opened the case ends it").endsWith("25/11 10:02 Usuario: /asesor\n");
    }

    @Test
    void opensByTheTalkToHumanIntent() {
        Understanding person = (text, lang) -> text.contains("persona")
                ? new Understanding.Intent("talk_to_human", 0.9, true) : Understanding.Intent.NONE;
        EscalationHarness withIntents = new EscalationHarness(person, true).withProfiledUser(USER);

        List<Outbound> replies = withIntents.send(Inbound.text(USER, "quiero hablar con una persona"));

        assertThat(textTo(GROUP, replies)).contains("escribió que quiere hablar con una persona");
        assertThat(withIntents.parts.cases().find(1).orElseThrow().reason()).isEqualTo("intent");
    }

    @Test
    void opensFromTheButtonOfferedAfterTwoMisunderstandings() {
        h.send(Inbound.text(USER, "asdf"));
        List<Outbound> second = h.send(Inbound.text(USER, "qwerty"));
        Outbound.Button offer = to(USER, second).stream().flatMap(o -> o.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.data().startsWith("/asesor")).findFirst().orElseThrow();

        List<Outbound> replies = h.send(Inbound.button(USER, offer.data()));

        assertThat(offer.data()).isEqualTo("/asesor fallback");
        assertThat(textTo(GROUP, replies)).contains("el bot no le entendió dos veces seguidas");
        assertThat(h.parts.cases().find(1).orElseThrow().reason()).isEqualTo("fallback");
    }

    /** "Sí claro" typed under "¿Quiere que le pase con una persona?" was answered "tap an option". */
    @Test
    void aYesTypedToTheOfferAfterTwoMisunderstandingsOpensTheCase() {
        h.send(Inbound.text(USER, "asdf"));
        h.send(Inbound.text(USER, "qwerty"));

        List<Outbound> replies = h.send(Inbound.text(USER, "si claro"));

        assertThat(textTo(GROUP, replies)).contains("el bot no le entendió dos veces seguidas");
        assertThat(h.parts.cases().find(1).orElseThrow().reason()).isEqualTo("fallback");
    }

    @Test
    void recordsAWeakMatchWhenTheJourneysOfferIsAccepted() {
        List<Outbound> replies = h.send(Inbound.button(USER, "/asesor weak-match"));

        assertThat(textTo(GROUP, replies)).contains("las recomendaciones no le encajaron bien");
        assertThat(h.parts.cases().find(1).orElseThrow().reason()).isEqualTo("weak-match");
    }

    @Test
    void outsideOfficeHoursSaysWhenTheOfficeOpens() {
        h.clock.set(Instant.parse("2026-11-28T20:00:00Z")); // Saturday 15:00 in Bogotá

        String told = textTo(USER, h.send(Inbound.command(USER, "asesor")));

        assertThat(told).contains("fuera de horario", "lunes 30 de noviembre a las 08:00");
    }

    @Test
    void tellsAnEnglishSpeakerInEnglish() {
        ChatState english = h.store.state(USER);
        english.lang("en");
        h.store.put(english);

        List<Outbound> replies = h.send(Inbound.command(USER, "advisor"));

        assertThat(textTo(USER, replies)).contains("putting you in touch", "Monday to Friday, 08:00 to 17:00, Colombia time");
        assertThat(textTo(GROUP, replies)).contains("Idioma: inglés");
    }

    @Test
    void withoutConsentExplainsAndOffersItInsteadOfOpening() {
        h.store.put(new ChatState("tg:88", "es", ConversationEngine.MENU, ChatState.Consent.DECLINED, java.util.Map.of()));

        List<Outbound> replies = h.send(Inbound.command("tg:88", "asesor"));

        assertThat(textTo("tg:88", replies)).contains("necesito su autorización");
        assertThat(to("tg:88", replies).get(0).buttons().get(0).get(0).data()).isEqualTo("/start");
        assertThat(to(GROUP, replies)).isEmpty();
        assertThat(h.parts.cases().activeOf("tg:88")).isEmpty();
    }

    @Test
    void anAlreadyOpenCaseIsNotOpenedTwice() {
        h.send(Inbound.command(USER, "asesor"));

        List<Outbound> again = h.send(Inbound.command(USER, "humano"));

        assertThat(textTo(USER, again)).contains("Ya tiene una solicitud abierta");
        assertThat(to(GROUP, again)).isEmpty();
        assertThat(h.parts.cases().active()).hasSize(1);
    }

    /** Before, with no consultants' chat the person was promised contact that nobody had been told to make. */
    @Test
    void withoutAConsultantsChatStoresTheCaseAndSaysPlainlyThatNobodyIsConnected() {
        EscalationHarness alone = new EscalationHarness(Understanding.NOTHING, false).withProfiledUser(USER);

        List<Outbound> replies = alone.send(Inbound.command(USER, "asesor"));

        assertThat(replies).allMatch(o -> o.chat().equals(USER));
        assertThat(textTo(USER, replies)).contains("no hay asesores conectados").doesNotContain("se pondrá en contacto");
        assertThat(alone.parts.cases().activeOf(USER)).isPresent();
    }
}
