package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "cancelar", "ya no necesito asesor" typed while a request for a person is open: "cancelar" leans to erasing one's data
 * (as the shipped classifier reads it), so it left the case and paused the questions while the consultants still saw the
 * case open; the request is withdrawn instead, the case closed and the consultants told.
 */
class CaseWithdrawalTests {

    /** As the shipped classifier reads them: "cancelar" 0.48 and "cancel" 0.45 lean to erasing the data. */
    private static final Understanding SHIPPED_LEANING = (text, lang) -> Set.of("cancelar", "cancel").contains(text)
            ? new Understanding.Intent("delete_my_data", 0.48, true)
            : text.contains("necesito asesor") ? new Understanding.Intent("deny", 0.72, true) : Understanding.Intent.NONE;

    private final EscalationHarness h = new EscalationHarness(SHIPPED_LEANING, true).withProfiledUser(USER);

    @ParameterizedTest
    // "no, mejor no, ya no lo necesito" (said in parts) was kept in the case for the advisor, and the request stayed open
    @ValueSource(strings = {"cancelar", "ya no necesito asesor", "cancel", "Bueno, ya no necesito asesor, gracias",
            "no, mejor no, ya no lo necesito", "never mind, I don't need one anymore",
            // "no thanks" and "actually no, never mind" were kept in the case for the advisor
            "no thanks", "actually no, never mind",
            // after a leading "bueno" the parts were no longer told apart, and a change of mind's own lead was no filler
            "bueno, no, ya no lo necesito", "pensándolo bien, no gracias", "actually never mind, no need",
            // a withdrawal with the way back after it was kept in the case for the advisor
            "ah bueno, ya no gracias, sigo con las preguntas", "no thanks, back to the questions"})
    void aWithdrawalBeforeAnyoneTookTheCaseClosesItAndTellsBothSides(String typed) {
        h.openCaseWithMaria(USER);

        List<Outbound> replies = h.send(Inbound.text(USER, typed));

        Case closed = h.parts.cases().find(1).orElseThrow();
        assertThat(closed.status()).isEqualTo(Case.Status.CLOSED);
        assertThat(closed.closeReason()).isEqualTo("user");
        assertThat(textTo(USER, replies)).startsWith(Html.toPlain(h.texts.get("escalation.user.withdrawn", "es")))
                .doesNotContain(Html.toPlain(h.texts.get("privacy.erase.confirm", "es")))
                .doesNotContain(Html.toPlain(h.texts.get("common.choice.paused", "es")));
        assertThat(h.store.state(USER).get(Escalations.OPEN_CASE)).isNull();
        assertThat(textTo(GROUP, replies)).contains("#caso-1", "retiró su solicitud", typed)
                .as("the card shows it closed, as after /bot").contains("Cerrado: la persona volvió al bot");
        assertThat(to(GROUP, h.send(Inbound.text(USER, "hola")))).as("the bot answers again; nothing is relayed").isEmpty();
    }

    /** Back after a month to a request nobody took, "hola" and "¿alguien me va a responder?" got nothing but "Anotado ✍️". */
    @Test
    void writingAgainDaysLaterToAnUntakenRequestIsToldItStillWaitsOnceADay() {
        h.openCaseWithMaria(USER);
        h.clock.advance(java.time.Duration.ofDays(40));

        List<Outbound> first = h.send(Inbound.text(USER, "hola"));
        List<Outbound> second = h.send(Inbound.text(USER, "alguien me va a responder? llevo un mes esperando"));

        assertThat(textTo(USER, first)).startsWith(Html.toPlain(h.texts.get("escalation.user.still-waiting", "es", "days", 40)));
        assertThat(to(USER, first)).flatExtracting(Outbound::buttons).flatExtracting(row -> row)
                .extracting(Outbound.Button::data).containsExactly("/bot");
        assertThat(textTo(USER, second)).doesNotContain("sigue abierta");
        assertThat(textTo(GROUP, second)).as("each message still reaches the consultants").contains("llevo un mes esperando");
        assertThat(h.parts.cases().find(1).orElseThrow().status()).isEqualTo(Case.Status.OPEN);
    }

    @Test
    void anEnglishSpeakerIsToldInEnglish() {
        var english = h.store.state(USER);
        english.lang("en");
        h.store.put(english);
        h.openCaseWithMaria(USER);

        List<Outbound> replies = h.send(Inbound.text(USER, "cancel"));

        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
        assertThat(textTo(USER, replies)).startsWith(Html.toPlain(h.texts.get("escalation.user.withdrawn", "en")));
    }

    /**
     * QA: told that no advisor was connected, "ok listo pues sigo con usted" and "ok i'll just go on with you" were
     * noted for the advisor and nothing else: the person said they go on with the bot, and had to find /bot in the text.
     * The way back is offered, one tap, as for "sigamos con el bot".
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"es | ok listo pues sigo con usted",
            "es | mejor sigo con usted", "en | ok i'll just go on with you", "en | then i'll continue with you"})
    void aWishToGoOnWithTheBotIsOfferedTheWayBack(String lang, String typed) {
        var state = h.store.state(USER);
        state.lang(lang);
        h.store.put(state);
        h.openCaseWithMaria(USER);

        List<Outbound> replies = h.send(Inbound.text(USER, typed));

        assertThat(to(USER, replies)).singleElement().satisfies(offer -> {
            assertThat(offer.text()).isEqualTo(h.texts.get("escalation.open.leave-offer", lang));
            assertThat(offer.buttons().get(0).get(0).data()).isEqualTo("/bot");
        });
    }

    /** Once an advisor is talking with the person, "cancelar" may answer them: it reaches them and the way back is offered. */
    @Test
    void aTakenCaseIsNotClosedByAWordThatMayAnswerTheAdvisor() {
        h.openCaseWithMaria(USER);
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);

        List<Outbound> replies = h.send(Inbound.text(USER, "cancelar"));

        assertThat(textTo(GROUP, replies)).contains("#caso-1", "cancelar");
        assertThat(to(USER, replies)).singleElement().satisfies(offer -> {
            assertThat(offer.text()).isEqualTo(h.texts.get("escalation.open.leave-offer", "es"));
            assertThat(offer.buttons().get(0).get(0).data()).isEqualTo("/bot");
        });
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    /**
     * "gracias" alone withdrew a request nobody had taken yet: the list's "no, gracias" was read as two phrases, "no"
     * and "gracias". A thanks while waiting is for the advisor, and the request stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gracias", "muchas gracias", "gracias!", "thanks"})
    void aThanksWhileWaitingIsPassedOnAndTheRequestStays(String typed) {
        h.openCaseWithMaria(USER);

        List<Outbound> replies = h.send(Inbound.text(USER, typed));

        assertThat(h.parts.cases().activeOf(USER)).isPresent();
        assertThat(textTo(USER, replies)).doesNotContain(Html.toPlain(h.texts.get("escalation.user.withdrawn", "es")));
    }

    /** A wish to withdraw inside a message with more to say is the advisor's to read: passed on, with the way back offered. */
    @Test
    void aLongerMessageThatMentionsCancellingIsPassedOn() {
        h.openCaseWithMaria(USER);

        List<Outbound> replies = h.send(Inbound.text(USER, "quiero cancelar el pedido que le hice al proveedor"));

        assertThat(textTo(GROUP, replies)).contains("quiero cancelar el pedido");
        assertThat(h.parts.cases().activeOf(USER)).isPresent();
    }

    @Test
    void theInterruptedQuestionIsAskedAgainWithItsButtons() {
        EscalationHarness mid = new EscalationHarness(SHIPPED_LEANING, true, OnboardingFixture::install);
        mid.send(Inbound.command(USER, "start"));
        mid.send(Inbound.button(USER, "consent:yes"));
        mid.send(Inbound.button(USER, "sector:commerce"));
        mid.send(Inbound.command(USER, "asesor"));

        List<Outbound> replies = mid.send(Inbound.text(USER, "cancelar"));

        assertThat(textTo(USER, replies)).contains(Html.toPlain(mid.texts.get("profile.size.question", "es")));
        assertThat(to(USER, replies).stream().flatMap(o -> o.buttons().stream()).flatMap(List::stream)
                .map(Outbound.Button::data)).contains("size:micro", "size:small");
        assertThat(mid.store.state(USER).step()).isEqualTo("profile.size");
        assertThat(mid.parts.cases().activeOf(USER)).isEmpty();
    }

    /** "no necesito asesor" with no case open is a polite refusal: it never opens one. */
    @Test
    void aNegatedRequestOpensNoCase() {
        List<Outbound> replies = h.send(Inbound.text(USER, "no necesito asesor"));

        assertThat(to(GROUP, replies)).isEmpty();
        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
    }
}
