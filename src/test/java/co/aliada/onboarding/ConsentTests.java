package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentTests {

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void decliningStoresNothingPersonalAndSaysWhatCanStillBeDone(String lang) {
        Talk talk = new Talk(lang);
        talk.command("start agribusiness");
        List<Outbound> replies = talk.tap("consent:no");
        assertThat(texts(replies)).containsExactly(talk.t("consent.declined"));
        assertThat(data(last(replies))).containsExactly("consent:yes");

        talk.text("Popayán");
        talk.tap("sector:ict");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(talk.state().step()).isEqualTo(Onboarding.DECLINED);
        assertThat(talk.profile()).isEmpty();
        assertThat(talk.store.transcript(talk.chat)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void afterDecliningThePersonCanStillAcceptAndGoOn(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.tap("consent:no");
        List<Outbound> replies = talk.tap("consent:yes");
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"), talk.t("profile.sector.question"));
        assertThat(talk.state().consented()).isTrue();
    }

    /**
     * "acepto" sent again after accepting (a web client retrying without an event id, or a second tap typed) was a miss
     * at the sector question, and at the municipality question it was kept as the place: the third offered a person.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, acepto", "es, sí acepto", "en, i agree"})
    void anAcceptanceRepeatedAfterAcceptingIsSaidToBeTakenAndNoMiss(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.text(typed);
        assertThat(talk.state().consented()).isTrue();

        for (int i = 0; i < 3; i++) {
            List<Outbound> replies = talk.text(typed);
            assertThat(texts(replies)).containsExactly(talk.t("consent.already"), talk.t("profile.sector.question"));
            assertThat(data(last(replies))).doesNotContain("/asesor fallback");
        }
        talk.tap("sector:ict");
        talk.tap("size:micro");
        assertThat(texts(talk.text(typed))).startsWith(talk.t("consent.already"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.MUNICIPALITY);
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /** "Q es eso?" at the consent question, read by the classifier as a yes (0.45), was taken as consent. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aTextTheClassifierLeansToYesIsNoConsentUnlessItSaysSo(String lang) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("affirm", 0.45, false)).at(Onboarding.CONSENT);
        List<Outbound> replies = talk.text("q es eso?");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
        assertThat(texts(replies)).containsExactly(talk.t("consent.explained"));

        talk.text(lang.equals("es") ? "sí, acepto" : "yes, i agree");
        assertThat(talk.state().consented()).as("the words of the button still accept").isTrue();
    }

    /** "q es la ley 1581" at the consent question was told only to tap a button. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, q es la ley 1581", "es, para qué necesitan mis datos",
            "es, y eso es obligatorio?", "en, why do you need my data", "en, what is law 1581", "en, is it safe?",
            "es, y quien ve mis datos", "en, and who sees my data", "es, que pasa si no acepto?", "en, what if i don't agree?",
            "es, no entiendo", "es, ¿cómo así?", "en, what do you mean?", "es, y si no acepto que pasa", "es, si digo que no",
            "en, and if i say no"}) // before, the help and its buttons
    void aQuestionAtTheConsentQuestionIsAnsweredAndTheButtonsComeAgain(String lang, String typed) {
        // the classifier hears a refusal in "¿qué pasa si no acepto?" (strongly, in the running bot): it was taken as one
        Talk talk = new Talk(lang, (text, l) -> text.contains("no") || text.contains("don't")
                ? new co.aliada.conversation.Understanding.Intent("deny", 0.8, true) : co.aliada.conversation.Understanding.Intent.NONE)
                .at(Onboarding.CONSENT);
        List<Outbound> replies = talk.text(typed);
        assertThat(texts(replies)).containsExactly(talk.t("consent.explained"));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
    }

    /**
     * QA: "bueno pero no quiero dar el nombre de la empresa" at the consent question was kept as the person's challenge
     * (the classifier hears a need), and a refusal-sounding reservation would have been taken as declining.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, bueno pero no quiero dar el nombre de la empresa, challenge",
            "es, no quiero dar mi nombre, deny", "es, ¿es anónimo?, ''", "en, i don't want to give my name, deny",
            "en, is it anonymous?, ''"})
    void aReservationAboutWhatIsKeptIsAnsweredAndTheButtonsComeAgain(String lang, String typed, String heard) {
        Talk talk = new Talk(lang, (text, l) -> heard.isEmpty() ? co.aliada.conversation.Understanding.Intent.NONE
                : new co.aliada.conversation.Understanding.Intent(heard, 0.7, true)).at(Onboarding.CONSENT);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).containsExactly(talk.t("consent.reservation"));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isNull();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, azul", "en, blue sky"})
    void aTextThatNeitherAnswersNorAsksIsToldHowToAnswer(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        assertThat(texts(talk.text(typed))).containsExactly(talk.t("consent.tap-an-option"));
    }

    /** A need told after declining ("necesito el registro invima") got the refusal's text again, word for word. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aNeedToldAfterDecliningIsToldWhyItCannotBeKeptAndWhatWorksAnyway(String lang) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.tap("consent:no");
        List<Outbound> replies = talk.text("necesito el registro invima para mis salsas");
        assertThat(texts(replies)).containsExactly(talk.t("consent.declined.need"));
        assertThat(data(last(replies))).contains("consent:yes");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(talk.store.transcript(talk.chat)).isEmpty();
    }

    /** A need typed at the consent question was told only to tap a button, and had to be typed again later. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, quiero vender mi café por internet", "en, i want to sell my coffee online"})
    void aNeedToldBeforeConsentIsHeldAndBecomesTheChallengeOnceAccepted(String lang, String need) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        List<Outbound> replies = talk.text(need);
        assertThat(texts(replies)).containsExactly(talk.t("consent.need-first", "text", need));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);

        replies = talk.tap("consent:yes");
        assertThat(texts(replies)).hasSize(2).first().isEqualTo(talk.t("consent.accepted.need", "text", need));
        assertThat(texts(replies).get(1)).as("café may be proposed as the sector").startsWith(talk.t("profile.sector.question"));
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isEqualTo(need);
    }

    /**
     * "tengo un hostal en Silvia…" told before consent, then the sector question asked as if nothing had been said: the
     * one sector the need names in everyday words is proposed first, with one tap; the others stay below.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "es | tengo un hostal en Silvia y casi no llegan turistas | tourism",
            "en | i run a small hostel and few tourists find us online | tourism",
            "es | tengo una finca de café y el precio está muy bajo | agribusiness"})
    void theSectorANeedNamesIsProposedFirst(String lang, String need, String sector) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.text(need);

        List<Outbound> replies = talk.tap("consent:yes");

        String label = talk.t("sector." + sector);
        assertThat(texts(replies).get(1)).isEqualTo(talk.t("profile.sector.question") + "\n" + talk.t("profile.sector.suggested", "sector", label));
        assertThat(last(replies).buttons().get(0)).containsExactly(
                new Outbound.Button(talk.t("profile.sector.button.suggested", "sector", label), "sector:" + sector));
        assertThat(data(last(replies))).as("every sector still offered once").hasSize(Onboarding.SECTORS.size());
        talk.text("es".equals(lang) ? "sí" : "yes");
        assertThat(talk.profile()).as("a typed yes takes it").containsEntry(Onboarding.SECTOR, sector);
    }

    /** The proposed sector typed by its name was said back with the button's yes: "Anoté: ✅ Sí: 🛒 Comercio ✔️". */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "es | tengo un hostal en Silvia y casi no llegan turistas | tourism | turismo",
            "en | i run a small hostel and few tourists find us online | tourism | tourism"})
    void theProposedSectorTypedByItsNameIsSaidBackWithoutTheYes(String lang, String need, String sector, String typed) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.text(need);
        talk.tap("consent:yes");

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies).get(0)).isEqualTo(talk.t("common.choice.taken", "label", talk.t("sector." + sector)));
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, sector);
    }

    /** A need that names two sectors' words ("vendo", "panadería") proposes none. */
    @org.junit.jupiter.api.Test
    void aNeedNamingTwoSectorsProposesNone() {
        Talk talk = new Talk("es", (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.text("tengo una panadería y no vendo todo el pan");

        assertThat(texts(talk.tap("consent:yes")).get(1)).isEqualTo(talk.t("profile.sector.question"));
    }

    /** A need told as the very first message got only the welcome and the notice, and had to be told again. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, 'hola, tengo una panadería y se me dañan los panes porque no vendo todo'",
            "en, 'hi, i run a bakery and the bread goes stale because i cannot sell it all'"})
    void aNeedToldAsTheFirstMessageIsHeldAndBecomesTheChallengeOnceAccepted(String lang, String typed) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false));
        List<Outbound> replies = talk.text(typed);
        String need = typed.substring(typed.indexOf(", ") + 2); // kept and said back without its greeting
        assertThat(texts(replies)).containsExactly(talk.t("start.greeting"), talk.t("consent.need-heard", "text", need),
                talk.t("consent.notice"));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");

        replies = talk.tap("consent:yes");
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted.need", "text", need), talk.t("profile.sector.question"));
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isEqualTo(need);
    }

    /** QA round C: a first message that opened with a greeting leaned to the greeting, and its challenge was lost. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "es, 'hola buenos dias, soy de una asociacion de artesanas de Silvia, queremos vender afuera', 'soy de una asociacion'",
            "en, 'good morning, we grow strawberries and half the harvest rots', 'we grow strawberries'"})
    void aNeedToldAfterAGreetingInTheFirstMessageIsHeldToo(String lang, String typed, String start) {
        Talk talk = new Talk(lang, (text, l) -> text.strip().startsWith(start)
                ? new co.aliada.conversation.Understanding.Intent("challenge", 0.5, false)
                : co.aliada.conversation.Understanding.Intent.NONE); // the shipped classifier: greet, under its threshold

        List<Outbound> replies = talk.text(typed);
        String need = typed.substring(typed.indexOf(", ") + 2); // kept and said back without its greeting

        assertThat(texts(replies)).contains(talk.t("consent.need-heard", "text", need));
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isEqualTo(need);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, hola", "es, quiero información", "en, hello there"})
    void aFirstMessageThatTellsNoNeedGetsTheWelcomeAlone(String lang, String typed) {
        Talk talk = new Talk(lang);
        assertThat(texts(talk.text(typed))).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"));
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isNull();
    }

    /**
     * QA: "hola, ¿esto tiene algún costo?" as a chat's first message got the welcome alone, and the question was lost
     * (asked again, it was answered). The welcome and the consent question come, then the answer.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, 'hola, esto tiene algun costo?'", "es, 'buenas, ¿esto es gratis?'",
            "en, 'Hello, is this free?'"})
    void aQuestionInTheFirstMessageIsAnsweredAfterTheWelcome(String lang, String typed) {
        Talk talk = new Talk(lang);
        assertThat(texts(talk.text(typed))).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"), talk.t("common.terms"));
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, 'hola, tengo una panadería y se me dañan los panes porque no vendo todo'"})
    void aNeedToldAsTheFirstMessageIsDroppedWhenConsentIsDeclined(String lang, String need) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false));
        talk.text(need);
        talk.tap("consent:no");
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isNull();
        assertThat(talk.store.transcript(talk.chat)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aNeedToldBeforeDecliningIsDropped(String lang) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.text("necesito clientes para mi hostal");
        talk.tap("consent:no");
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isNull();

        List<Outbound> replies = talk.tap("consent:yes");
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"), talk.t("profile.sector.question"));
    }

    /** "No acepto", then "bueno listo acepto" was answered with the refusal's text again. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, bueno listo acepto", "es, ok acepto", "en, ok so i agree", "en, alright i agree",
            "es, bueno si acepto pues", "es, bueno ok si acepto", "es, 'cambié de opinion, acepto'", "es, 'si, acepto los terminos'",
            "en, 'ok, i changed my mind, i agree'"})
    void afterDecliningAnAcceptanceTypedWithAFewWordsBeforeItAccepts(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.tap("consent:no");
        List<Outbound> replies = talk.text(typed);
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"), talk.t("profile.sector.question"));
        assertThat(talk.state().consented()).isTrue();
    }

    /**
     * After declining, "I" (a word of the one button, "✅ I agree now") gave consent: the typed-choice reading took it for
     * the button. Consent is given knowingly (Ley 1581): typed, only words that accept give it.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"en, I", "en, now", "es, ahora", "es, Ahora"})
    void afterDecliningAWordOfTheAcceptButtonIsNoConsent(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.tap("consent:no");
        List<Outbound> replies = talk.text(typed);
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(data(last(replies))).contains("consent:yes");

        talk.text("es".equals(lang) ? "ahora sí acepto" : "i agree now");
        assertThat(talk.state().consented()).as("the button's own words still accept").isTrue();
    }

    /**
     * After "No acepto", "ok" or "listo" (an acknowledgement of the refusal's message, where no question is open) was
     * taken as consent. Consent is express (Ley 1581): the refusal stands, said briefly, with the button to change it.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, ok", "es, listo", "es, Listo.", "es, sí", "es, 👍", "es, dale", "es, de acuerdo",
            "en, ok", "en, okay", "en, yes", "en, sure", "en, 👍"})
    void afterDecliningABareYesAcknowledgesTheRefusalAndIsNoConsent(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.tap("consent:no");
        List<Outbound> replies = talk.text(typed);
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.DECLINED);
        assertThat(texts(replies)).containsExactly(talk.t("consent.declined.noted"));
        assertThat(data(last(replies))).contains("consent:yes");
        assertThat(talk.profile()).isEmpty();
    }

    /** What still changes the refusal in words once a bare yes no longer does. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, ahora sí", "es, cambié de opinión", "es, quiero aceptar", "en, i changed my mind",
            "en, i want to accept"})
    void afterDecliningWordsThatChangeTheRefusalAccept(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.tap("consent:no");
        talk.text("ok");
        List<Outbound> replies = talk.text(typed);
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"), talk.t("profile.sector.question"));
        assertThat(talk.state().consented()).isTrue();
    }

    /** Typed acceptance is taken at the consent question too, but never one turned around or asked about. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, 'bueno ok, si acepto', true", "es, no acepto, false", "es, no sé si acepto, false",
            "es, 'qué pasa si acepto?', false", "en, 'fine, i agree', true", "en, i don't agree, false", "en, i agree but not now, false",
            "es, 👍, true", "en, 👍, true"}) // before, 👍 was no answer
    void anAcceptanceInWordsAtTheConsentQuestion(String lang, String typed, boolean accepted) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        talk.text(typed);
        assertThat(talk.state().consented()).isEqualTo(accepted);
    }

    /** "¿es gratis?" at the consent question got the help and its buttons, and the consent buttons were gone. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aShortQuestionAboutTheTermsAtTheConsentQuestionIsAnsweredAndTheConsentAskedAgain(String lang) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("help", 0.9, true)).at(Onboarding.CONSENT);
        List<Outbound> replies = talk.text("es".equals(lang) ? "¿es gratis?" : "is it free?");
        assertThat(texts(replies).get(0)).isEqualTo(talk.t("common.terms"));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
    }

    /** "TIENDA LUPITA" typed before consent, leaning to a need, became the first challenge once accepted. */
    @Test
    void twoWordsBeforeConsentAreNoNeedToHold() {
        Talk talk = new Talk("es", (text, l) -> new co.aliada.conversation.Understanding.Intent("challenge", 0.6, false))
                .at(Onboarding.CONSENT);
        talk.text("TIENDA LUPITA");
        assertThat(talk.state().get(ChatState.TOLD_NEED)).isNull();
        talk.text("no vendo nada");
        assertThat(talk.state().get(ChatState.TOLD_NEED)).as("a short need is still one").isEqualTo("no vendo nada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theTranscriptIsKeptOnlyFromConsentOn(String lang) {
        Talk talk = new Talk(lang);
        talk.command("start");
        talk.text("hola");
        assertThat(talk.store.transcript(talk.chat)).isEmpty();
        talk.tap("consent:yes");
        assertThat(talk.store.transcript(talk.chat)).isNotEmpty()
                .anySatisfy(line -> assertThat(line.fromUser()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"agribusiness", "sector_agribusiness", "SECTOR-agribusiness"})
    void aDeepLinkSectorIsTakenAfterConsentAndTheSectorQuestionSkipped(String payload) {
        Talk talk = new Talk("es");
        talk.command("start " + payload);
        assertThat(talk.profile()).isEmpty();
        List<Outbound> replies = talk.tap("consent:yes");
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"),
                talk.t("profile.sector.from-link", "sector", talk.t("sector.agribusiness")),
                talk.t("profile.size.question"));
        assertThat(talk.profile()).containsExactlyEntriesOf(java.util.Map.of("profile.sector", "agribusiness"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void anUnknownDeepLinkPayloadIsIgnored(String lang) {
        Talk talk = new Talk(lang);
        talk.command("start campaign2026");
        assertThat(texts(talk.tap("consent:yes"))).endsWith(talk.t("profile.sector.question"));
        assertThat(talk.profile()).isEmpty();
    }
}
