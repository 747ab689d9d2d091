package co.aliada.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before, "casi nunca" or "nunca" typed at "Si una idea nueva sale mal, ¿qué pasa en su negocio?" (options that say
 * no how often) was read as a refusal: "Entendido, sin problema 👍" (common.deny-noted) and the question again. It is an
 * attempt to answer: now it gets the self-check's own "tap the option closest to what you do today", and counts as no
 * miss. A refusal ("no necesito asesor") keeps its "Entendido".
 */
class SelfCheckNoLikeAnswerTests {

    private static final String CHAT = "web:selfcheck-no";
    /** The classifier's reading of these texts: a refusal, as the shipped model leans ("nunca" 0.64, "casi nunca" 0.49). */
    private static final Set<String> DENIALS = Set.of("nunca", "casi nunca", "no", "para nada", "no necesito asesor", "never", "almost never",
            "no casi nunca", "no, casi nunca", "no. casi nunca", "no, rarely", "nope, hardly ever");

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .understanding((text, lang) -> DENIALS.contains(text.strip().toLowerCase())
                    ? new Understanding.Intent("deny", 0.6, false) : Understanding.Intent.NONE)
            .step(new SelfCheckStep(() -> SelfCheckStepTests.CONTENT,
                    new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID))))
            .command(new Command() { // with a person to offer, two misses in a row offer one
                @Override
                public List<String> names() {
                    return CommandName.ADVISOR.names();
                }

                @Override
                public void run(Turn turn, String args) {
                    turn.say("escalation.already-open");
                }
            }).engine();

    /** At the third question, "Si una idea nueva sale mal…", whose options are no ladder of how often. */
    private String atTheQuestionWithoutALadder(String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:selfcheck"));
        for (int i = 0; i < 2; i++) {
            engine.handle(Inbound.button(CHAT, "sc:" + SelfCheckStepTests.CONTENT.questions().get(i).id() + ":1"));
        }
        String id = SelfCheckStepTests.CONTENT.questions().get(2).id();
        assertThat(SelfCheckStepTests.TEXTS.has("choice.sc." + id + ".0.words")).as("its own words stand for the ladder's").isTrue();
        return id;
    }

    private static String t(String key, String lang) {
        return SelfCheckStepTests.TEXTS.get(key, lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es:casi nunca", "es:nunca", "es:no", "es:para nada", "en:almost never", "en:never"})
    void aNoLikeAnswerIsAskedToTapTheClosestOption(String langAndTyped) {
        String lang = langAndTyped.substring(0, 2);
        String id = atTheQuestionWithoutALadder(lang);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, langAndTyped.substring(3)));

        assertThat(replies).extracting(Outbound::text).contains(t("selfcheck.tap-an-answer", lang))
                .doesNotContain(t("common.deny-noted", lang));
        assertThat(replies.get(replies.size() - 1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .as("the question again, with its answers").contains("sc:" + id + ":0", "sc:" + id + ":4");
        assertThat(store.state(CHAT).get("selfcheck." + id)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nunca", "casi nunca"})
    void twiceIsNoMissThatOffersAPerson(String typed) {
        atTheQuestionWithoutALadder("es");

        engine.handle(Inbound.text(CHAT, typed));
        List<Outbound> again = engine.handle(Inbound.text(CHAT, typed));

        assertThat(again).extracting(Outbound::text).contains(t("selfcheck.tap-an-answer", "es"));
        assertThat(again).extracting(Outbound::text).doesNotContain(t("common.offer-human", "es"));
    }

    /**
     * "no, casi nunca", "no, rarely" at "¿Separa plata o tiempo para probar ideas nuevas?", whose options climb the ladder:
     * a no, then how often. It was "Entendido, sin problema 👍" and the same question, nothing kept, as often as it was
     * sent; the words after the no are the answer, proposed for a tap.
     */
    @ParameterizedTest
    @ValueSource(strings = {"es:no casi nunca", "es:no, casi nunca", "es:no. casi nunca", "en:no, rarely", "en:nope, hardly ever"})
    void aNoBeforeHowOftenProposesTheOptionOfHowOften(String langAndTyped) {
        String lang = langAndTyped.substring(0, 2);
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:selfcheck"));
        Question first = SelfCheckStepTests.CONTENT.questions().get(0);
        Question ladder = SelfCheckStepTests.CONTENT.questions().get(1);
        engine.handle(Inbound.button(CHAT, "sc:" + first.id() + ":1"));

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, langAndTyped.substring(3)));

        assertThat(replies).extracting(Outbound::text).doesNotContain(t("common.deny-noted", lang));
        assertThat(replies.get(replies.size() - 1).text()).contains(ladder.options().get(1).in(lang));
        assertThat(replies.get(replies.size() - 1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .as("proposed for a tap, not kept").contains("sc:" + ladder.id() + ":1");
        assertThat(store.state(CHAT).get("selfcheck." + ladder.id())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no necesito asesor"})
    void aRefusalKeepsItsNote(String typed) {
        atTheQuestionWithoutALadder("es");

        assertThat(engine.handle(Inbound.text(CHAT, typed))).extracting(Outbound::text).contains(t("common.deny-noted", "es"));
    }
}
