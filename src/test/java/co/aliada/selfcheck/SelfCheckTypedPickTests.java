package co.aliada.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options picked by typing what they say. Before, "dos" at "¿Cuántas novedades lanzó…?" was kept as the second button,
 * "Una, pequeña", though an option says "Dos o más"; "nope" where the first option is "No." kept nothing; "marco la 5"
 * under a proposed answer was "toque la opción".
 */
class SelfCheckTypedPickTests {

    private static final String CHAT = "web:selfcheck-pick";

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .understanding(Understanding.NOTHING)
            .step(new SelfCheckStep(() -> SelfCheckStepTests.CONTENT,
                    new SelfCheckResult(new SelfCheckHistory(SelfCheckTestDatabase.fresh()), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID)))).engine();

    /** At the question with this id, the ones before answered with their second option. */
    private Question at(String id, String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:selfcheck"));
        List<Question> questions = SelfCheckStepTests.CONTENT.questions();
        for (int i = 0; !questions.get(i).id().equals(id); i++) {
            engine.handle(Inbound.button(CHAT, "sc:" + questions.get(i).id() + ":1"));
        }
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private String kept(String id) {
        return store.state(CHAT).get("selfcheck." + id);
    }

    /**
     * A number in words at a question of how many is the count the option says, in either language ("uno" is "Una,
     * pequeña", whose English is "One, small."); digits stay the button's number, and where the question asks no count
     * "dos" is the second button even if an option names two further on ("a uno o dos conocidos").
     */
    @ParameterizedTest
    @CsvSource({"R1,es,dos,2", "R1,en,two,2", "R1,es,uno,1", "R1,es,2,1", "R1,es,tres,2", "Pr2,es,dos,1"})
    void aCountInWordsIsTheOptionThatSaysIt(String id, String lang, String typed, int option) {
        at(id, lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isEqualTo(String.valueOf(option));
    }

    /** "nope", "nah", "nop" where an option says no: that option; at "Si una idea nueva sale mal…", whose options say none, nothing. */
    @ParameterizedTest
    @CsvSource({"Pe2,es,nope,0", "Pe2,es,nah,0", "Pe2,es,nop,0", "Pe3,en,nope,0", "L2,es,noo,0", "L3,es,nope,-1", "R1,es,nah,-1"})
    void aBareNoIsTheOptionThatSaysNo(String id, String lang, String typed, int option) {
        at(id, lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isEqualTo(option < 0 ? null : String.valueOf(option));
    }

    /** Under a proposed answer ("casi siempre" proposes one), "marco la 5" is the question's fifth option. */
    @ParameterizedTest
    @CsvSource({"marco la 5,4", "respuesta 1,0", "answer 4,3"})
    void aNumberChosenUnderAProposedAnswerIsTheQuestionsOption(String typed, int option) {
        at("L1", "es");
        List<Outbound> proposed = engine.handle(Inbound.text(CHAT, "casi siempre"));
        assertThat(proposed.get(proposed.size() - 1).buttons().stream().flatMap(List::stream).map(Outbound.Button::data))
                .contains("sc:options:L1");

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept("L1")).isEqualTo(String.valueOf(option));
    }

    /**
     * QA: "no training" at "Do you and your team train in new topics?" was "Got it, no problem 👍" and nothing was kept;
     * a no with the question's own words is the option that says no. "no necesito asesor" names none of them: no answer.
     */
    @ParameterizedTest
    @CsvSource({"Pe2,en,no training,0", "Pe3,es,no reconocemos,0", "Pe3,en,no recognition,0", "Pe2,es,no necesito asesor,-1",
            "Pe3,es,no reconocemos nunca,0", "Pe3,en,we never recognise them,0", "Pe1,es,no proponen nunca,0",
            "Pe1,en,nobody suggests anything,0", "Pe1,en,they never suggest anything,0", "Pe2,es,no se capacitan,0",
            "Pe2,en,we never need an advisor,-1", "Pe3,es,nunca necesito asesor,-1"})
    void aNoWithTheQuestionsOwnWordsIsTheOptionThatSaysNo(String id, String lang, String typed, int option) {
        at(id, lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isEqualTo(option < 0 ? null : String.valueOf(option));
    }

    /**
     * A question's options told in everyday words ("every month" where an option says "monthly", "a whatsapp group" for
     * "a channel (meeting, box, WhatsApp)", "only when required"): that option, said back.
     */
    @ParameterizedTest
    @CsvSource({"L1,en,every month,2", "L1,en,'yes, every month',2", "L1,en,once a week,2", "L1,es,'sí, una vez al mes',2",
            "L1,es,cada ocho días,2", "L2,en,only when there's money left,1", "L2,en,'yes, every year',2", "L2,es,cuando sobra plata,1",
            "Pe1,en,we have a whatsapp group for that,2", "Pe1,es,tenemos un grupo de whatsapp,2", "Pe2,en,only when required,1",
            "Pe2,es,solo cuando lo exigen,1", "Pr1,es,en un cuaderno,1", "Pr1,en,in a notebook,1",
            "Pr1,es,'pues, en una libreta',1", "P1,en,they're written down,2", "P1,es,los tenemos escritos,2",
            "P1,es,'sí, las tenemos escritas',2", "P1,es,no los tenemos escritos,1", "P1,en,we don't have them written down,1",
            "P1,es,no las tengo escritas,1", "Pe2,es,no nos capacitamos nunca,0", "Pe2,es,nunca nos capacitamos,0",
            "Pe2,en,we never train,0", "Pe2,en,we don't train,0", "Pe2,es,nunca hemos hecho un curso,0",
            "Pe2,es,casi nunca nos capacitamos,1", "Pe2,en,we hardly ever train,1", "Pe2,es,'no, nos capacitamos cada año',2",
            "Pe2,en,'no, we train every year',2", "Pe2,es,'no, hacemos cursos cada año',2", "Pe2,en,'no, we take courses every year',2",
            "Pe2,es,'no, no nos capacitamos',0", "Pe2,en,'no, we never train',0", "Pe2,es,'no pues, nos capacitamos una vez al año',2"})
    void anOptionToldInEverydayWordsIsThatOption(String id, String lang, String typed, int option) {
        at(id, lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isEqualTo(String.valueOf(option));
    }

    /**
     * "not really" at "If a new idea fails…" had been kept as "We look for someone to blame; better not to risk": the
     * hedge "really" dropped, the lone "not" was read as a clear part of that option. A negation alone names no option
     * there; the question asks again which is nearest. "nope", where no option says no, is such an answer too (it had
     * been "Entendido, sin problema 👍", as if the person had declined something).
     */
    @ParameterizedTest
    @CsvSource({"L3,en,not really", "L3,es,no realmente", "L3,es,la verdad no", "L3,en,nope", "L3,es,nel", "L3,en,not at all"})
    void aNegationAloneIsNoOptionWhereNoneSaysNo(String id, String lang, String typed) {
        at(id, lang);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isNull();
        assertThat(replies.get(0).text()).isEqualTo(SelfCheckStepTests.TEXTS.get("selfcheck.tap-an-answer", lang));
    }

    /**
     * "cuatro" or "five" at "¿Cuántas novedades lanzó…?" is a count "Dos o más" covers; by its place it had been kept as
     * "Varias, y medimos su efecto" or "Varias cada año y son clave en las ventas", which say more than a count.
     */
    @ParameterizedTest
    @CsvSource({"R1,es,cuatro,2", "R1,en,five,2", "R1,es,4,3"})
    void aCountAboveTheOptionsNumbersIsTheOptionThatCoversIt(String id, String lang, String typed, int option) {
        at(id, lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(kept(id)).isEqualTo(String.valueOf(option));
    }
}
