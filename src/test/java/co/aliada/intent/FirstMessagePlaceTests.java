package co.aliada.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.onboarding.OnboardingFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "hi, I have a small coffee farm in Timbío with 5 workers…" as a chat's first message: the municipality question,
 * three questions later, asked it as if it had never been told. The place the need names is offered there with one
 * tap, as one named at an earlier answer is; it is never taken without the tap (a need may name where it sells).
 */
class FirstMessagePlaceTests {

    private static final String CHAT = "web:place";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).with(OnboardingFixture::install)
            .understanding(new IntentClassifier(() -> IntentModelTests.SHIPPED)).engine();

    private List<Outbound> send(Inbound in, String lang) {
        return engine.handle(in.withLangHint(lang));
    }

    private List<Outbound> atTheMunicipality(String lang, String first) {
        send(Inbound.text(CHAT, first), lang);
        send(Inbound.button(CHAT, "consent:yes"), lang);
        send(Inbound.button(CHAT, "sector:agribusiness"), lang);
        return send(Inbound.button(CHAT, "size:micro"), lang);
    }

    private static List<List<Outbound.Button>> lastButtons(List<Outbound> replies) {
        return replies.get(replies.size() - 1).buttons();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | hi, I have a small coffee farm in Timbío with 5 workers, we want to export | Timbío",
            "es | buenas, tenemos un cultivo de fresas en Sotará y se nos pudre la cosecha antes de venderla | Sotará",
            "es | hola, hacemos cafe especial en inza pero los intermediarios nos pagan muy poco | Inzá"})
    void thePlaceTheFirstMessageNamesIsOfferedAtItsQuestion(String lang, String first, String place) {
        List<Outbound> asked = atTheMunicipality(lang, first);

        assertThat(lastButtons(asked)).hasSize(1);
        assertThat(lastButtons(asked).get(0).get(0).data()).isEqualTo("municipality:told");
        assertThat(lastButtons(asked).get(0).get(0).label()).contains(place);
        assertThat(store.state(CHAT).get("profile.municipality")).as("offered, not taken").isNull();

        send(Inbound.button(CHAT, "municipality:told"), lang);
        assertThat(store.state(CHAT).get("profile.municipality")).isEqualTo(place);
    }

    @Test
    void aPlaceTypedInsteadIsTheAnswer() {
        atTheMunicipality("es", "buenas, tenemos un cultivo de fresas en Sotará y se nos pudre la cosecha antes de venderla");

        send(Inbound.text(CHAT, "Popayán"), "es");

        assertThat(store.state(CHAT).get("profile.municipality")).isEqualTo("Popayán");
    }

    @Test
    void aFirstMessageThatNamesNoPlaceLeavesTheQuestionWithoutButtons() {
        List<Outbound> asked = atTheMunicipality("es", "buenas, tenemos un cultivo de fresas y se nos pudre la cosecha antes de venderla");

        assertThat(lastButtons(asked)).isEmpty();
    }
}
