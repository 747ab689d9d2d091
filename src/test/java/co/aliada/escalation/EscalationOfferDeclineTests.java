package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every offer of a person has a tap to decline it. "Tengo una tienda y quiero hablar con alguien" at the sector question
 * was offered 🛒 Comercio and a person, and no "no"; after two misunderstandings the offer had a person and the help,
 * and a typed "no" answered the question below it ("1️⃣ No, …").
 */
class EscalationOfferDeclineTests {

    /** "alguien", "someone": a request for a person, not sure enough to open a case without asking. */
    private static final Understanding LEANING = (text, lang) -> text.contains("alguien") || text.contains("someone")
            ? new Understanding.Intent("talk_to_human", 0.5, true) : Understanding.Intent.NONE;

    private static EscalationHarness atTheSectorQuestion(String lang, Understanding understanding) {
        EscalationHarness h = new EscalationHarness(understanding, true, OnboardingFixture::install);
        h.send(Inbound.command(USER, "start").withLangHint(lang));
        h.send(Inbound.button(USER, "consent:yes").withLangHint(lang));
        assertThat(h.store.state(USER).step()).isEqualTo("profile.sector");
        return h;
    }

    @ParameterizedTest
    @CsvSource({"es, tengo una tienda y quiero hablar con alguien, no", "en, i have a shop and would like someone, no thanks"})
    void anOfferWithACandidateOptionHasTheWayBackToTheQuestion(String lang, String typed, String no) {
        EscalationHarness h = atTheSectorQuestion(lang, LEANING);

        List<Outbound> offer = to(USER, h.send(Inbound.text(USER, typed).withLangHint(lang)));

        assertThat(offer).singleElement().satisfies(asked -> {
            assertThat(asked.text()).isEqualTo(h.texts.get("common.did-you-mean-human", lang));
            assertThat(data(asked)).containsExactly("sector:commerce", "/asesor", "/continuar");
            assertThat(labels(asked)).contains(h.texts.get("common.button.back-to-question", lang));
        });

        List<Outbound> declined = to(USER, h.send(Inbound.text(USER, no).withLangHint(lang)));

        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
        assertThat(h.store.state(USER).get("profile.sector")).isNull();
        assertThat(declined.stream().flatMap(reply -> data(reply).stream())).contains("sector:commerce", "sector:ict");
    }

    @ParameterizedTest
    @CsvSource({"es", "en"})
    void theOfferAfterTwoMisunderstandingsCanBeDeclinedByTapOrByNo(String lang) {
        EscalationHarness h = atTheSectorQuestion(lang, Understanding.NOTHING);
        h.send(Inbound.text(USER, "zzz").withLangHint(lang));

        List<Outbound> second = to(USER, h.send(Inbound.text(USER, "qqq").withLangHint(lang)));

        Outbound offer = second.get(second.size() - 1);
        assertThat(offer.text()).isEqualTo(h.texts.get("common.offer-human", lang));
        assertThat(data(offer)).containsExactly("/asesor fallback", "/continuar", "/ayuda");

        List<Outbound> declined = to(USER, h.send(Inbound.text(USER, "no").withLangHint(lang)));

        assertThat(h.parts.cases().activeOf(USER)).isEmpty();
        assertThat(h.store.state(USER).get("profile.sector")).isNull();
        assertThat(declined.stream().flatMap(reply -> data(reply).stream())).contains("sector:commerce", "sector:other");
    }

    private static List<String> data(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    private static List<String> labels(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::label).toList();
    }
}
