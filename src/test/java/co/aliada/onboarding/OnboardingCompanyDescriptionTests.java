package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.challenge.ChallengeFixture;
import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.TestTexts;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "soy panadero" at the company question was greeted as the name ("Mucho gusto, soy panadero."): a text that tells who
 * the person is or what they do names no business. It is asked again, kindly; a need told in it is kept.
 */
class OnboardingCompanyDescriptionTests {

    @ParameterizedTest
    @CsvSource({"es, soy panadero", "es, 'soy panadera, hago pan'", "es, vendo arepas en el parque", "es, hacemos muebles",
            "en, I'm a baker", "en, we sell coffee"})
    void whoThePersonIsOrWhatTheyDoIsNoNameAndTheQuestionComesAgain(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);

        List<String> replies = texts(talk.text(typed));

        assertThat(replies).containsExactly(talk.t("profile.company.not-a-name"), talk.t("profile.company.question"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
        assertThat(texts(talk.text("Panadería Doña Rosa"))).startsWith(talk.t("profile.company.saved", "company", "Panadería Doña Rosa"));
    }

    @ParameterizedTest
    @CsvSource({"es, soy panadero, se llama Soy Café, Soy Café", "es, vendo café, Hacienda El Vendaval, Hacienda El Vendaval",
            "en, I'm a baker, it's called I'm Bread, I'm Bread"})
    void aNameIntroducedAfterwardsIsStillAName(String lang, String description, String typed, String name) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        talk.text(description);
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);

        talk.text(typed);

        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, name);
    }

    @Test
    void aNeedToldInTheDescriptionIsKeptForTheChallenge() {
        String need = "soy panadera y casi no vendo nada entre semana";
        InMemoryChatStore store = new InMemoryChatStore();
        ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
                .with(ChallengeFixture.withChallengeOf("test:need", null))
                .understanding((text, l) -> text.equals(need) ? new Understanding.Intent("challenge", 0.6, true) : Understanding.Intent.NONE)
                .engine();
        for (Inbound in : List.of(Inbound.command("test:need", "start"), Inbound.button("test:need", "consent:yes"),
                Inbound.button("test:need", "sector:commerce"), Inbound.button("test:need", "size:micro"), Inbound.text("test:need", "Popayán"))) {
            engine.handle(in.withLangHint("es"));
        }

        List<Outbound> replies = engine.handle(Inbound.text("test:need", need).withLangHint("es"));

        assertThat(replies.get(0).text()).isEqualTo(TestTexts.texts().get("common.need-noted", "es").replace("{text}", need));
        assertThat(store.state("test:need").get(ChatState.TOLD_NEED)).isEqualTo(need);
        assertThat(store.state("test:need").get(Onboarding.COMPANY)).isNull();
        assertThat(store.state("test:need").step()).isEqualTo(Onboarding.COMPANY);
    }
}
