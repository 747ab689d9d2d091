package co.aliada.selfcheck;

import co.aliada.content.TestContent;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.TestBot;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.Command;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Html;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import co.aliada.conversation.Turn;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckStepTests {

    static final Texts TEXTS = TextsLoader.load(TestContent.INTENTS);
    static final SelfCheck CONTENT = LevelScorerTests.CONTENT;
    static final String CHAT = "web:selfcheck";
    /** The worked example of the method: overall Compromiso, priorities Resultados then Procesos. */
    static final int[] EXAMPLE = {2, 1, 2, 1, 2, 3, 2, 1, 2, 1, 1, 1, 0, 1, 0};

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final JdbcTemplate db = SelfCheckTestDatabase.fresh();
    private ConversationEngine engine = engine();

    private ConversationEngine engine() {
        return engine(Understanding.NOTHING);
    }

    private ConversationEngine engine(Understanding understanding, Command... more) {
        SelfCheckResult result = new SelfCheckResult(new SelfCheckHistory(db), Clock.systemUTC());
        Command proceed = command(List.of("continuar", "continue"), (turn, args) -> turn.repeatStep());
        MenuEntry retake = new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID);
        Command newChallenge = command(List.of("nuevo_reto", "new_challenge"),
                (turn, args) -> turn.say("challenge.identify.kept", "text", turn.state().get(ChatState.TOLD_NEED)));
        return TestBot.builder().store(store).texts(TEXTS).understanding(understanding)
                .step(new SelfCheckStep(() -> CONTENT, result)).step(new MenuStep(List.of(retake)))
                .command(proceed).command(newChallenge).commands(List.of(more)).recall(new SelfCheckRetake()).engine();
    }

    private static Command command(List<String> names, java.util.function.BiConsumer<Turn, String> run) {
        return new Command() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public void run(Turn turn, String args) {
                run.accept(turn, args);
            }
        };
    }

    private List<Outbound> start(String lang) {
        store.put(new ChatState(CHAT, lang, ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "agribusiness", "profile.size", "micro")));
        return press("menu:selfcheck");
    }

    private List<Outbound> press(String data) {
        return engine.handle(Inbound.button(CHAT, data));
    }

    private List<Outbound> answerUpTo(int count, int[] answers) {
        List<Outbound> last = List.of();
        for (int i = 0; i < count; i++) {
            last = press("sc:" + CONTENT.questions().get(i).id() + ":" + answers[i]);
        }
        return last;
    }

    private static Outbound last(List<Outbound> replies) {
        return replies.get(replies.size() - 1);
    }

    private static List<String> data(Outbound reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Outbound.Button::data).toList();
    }

    @Test
    void introducesAndAsksTheFirstQuestionWithFiveAnswersAndNoBack() {
        List<Outbound> replies = start("es");
        assertThat(replies.get(0).text()).contains("15 preguntas cortas");
        Outbound first = last(replies);
        assertThat(first.text()).contains("Pregunta 1 de 15").contains("Liderazgo").contains("saca tiempo");
        assertThat(data(first)).containsExactly("sc:L1:0", "sc:L1:1", "sc:L1:2", "sc:L1:3", "sc:L1:4", "sc:what:L1");
        assertThat(first.buttons().get(0).get(0).label()).isEqualTo("1️⃣ No, el día a día no deja.");
        assertThat(first.text()).as("answers listed in full, for phones that cut long buttons")
                .contains("1️⃣ No, el día a día no deja.").contains("5️⃣ Es prioridad y todo el equipo participa.");
    }

    @Test
    void showsProgressInSpanishAndEnglish() {
        start("es");
        assertThat(last(answerUpTo(3, EXAMPLE)).text()).contains("Pregunta 4 de 15").contains("Planificación");
        store.put(withLang(store.state(CHAT), "en"));
        Outbound again = last(engine.handle(Inbound.command(CHAT, "continue")));
        assertThat(again.text()).contains("Question 4 of 15").contains("Planning").contains("written improvement goals");
        assertThat(again.buttons().get(0).get(0).label()).isEqualTo("1️⃣ We have no goals.");
        assertThat(again.buttons().get(5).get(0).label()).isEqualTo("❓ What does it mean?");
        assertThat(again.buttons().get(6).get(0).label()).isEqualTo("⬅️ Back");
    }

    @Test
    void goesBackToFixTheLastAnswer() {
        start("es");
        Outbound fourth = last(answerUpTo(3, EXAMPLE));
        assertThat(data(fourth)).contains("sc:back:P1");
        assertThat(fourth.buttons().get(6).get(0).label()).isEqualTo("⬅️ Atrás");
        Outbound third = last(press("sc:back:P1"));
        assertThat(third.text()).contains("Pregunta 3 de 15").contains("sale mal")
                .as("the answer being changed is shown, so the person knows what they are fixing")
                .contains("Antes respondió: 3️⃣ A veces hablamos de qué falló.");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isNull();
        assertThat(store.state(CHAT).get("selfcheck.L2")).isEqualTo("1");
        assertThat(last(press("sc:L3:4")).text()).contains("Pregunta 4 de 15");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isEqualTo("4");
    }

    /** "me equivoque en la anterior" asked whether to start over; "i want to change my answer" offered the languages. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, me equivoque en la anterior", "es, quiero cambiar mi respuesta",
            "es, volver a la pregunta anterior", "en, i want to change my answer", "en, oops wrong one",
            "es, 'me equivoque, otra vez la pregunta anterior'", "en, 'sorry, the previous question please'"})
    void aWishToChangeTheLastAnswerTypedInWordsGoesBack(String lang, String typed) {
        start(lang);
        answerUpTo(3, EXAMPLE);
        Outbound third = last(engine.handle(Inbound.text(CHAT, typed)));
        assertThat(third.text()).contains(lang.equals("es") ? "Pregunta 3 de 15" : "Question 3 of 15");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isNull();
    }

    @Test
    void answersAStalePressKindlyAndAsksTheCurrentQuestion() {
        start("en");
        answerUpTo(3, EXAMPLE);
        List<Outbound> replies = press("sc:L1:4");
        assertThat(replies.get(0).text()).contains("earlier question");
        assertThat(last(replies).text()).contains("Question 4 of 15");
        assertThat(store.state(CHAT).get("selfcheck.L1")).isEqualTo("2");
        assertThat(last(press("sc:back:L3")).text()).contains("Question 4 of 15");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isEqualTo("2");
        assertThat(last(press("sc:P1:7")).text()).contains("Question 4 of 15");
        assertThat(store.state(CHAT).get("selfcheck.P1")).isNull();
    }

    @Test
    void asksForATapWhenTextIsTyped() {
        start("es");
        answerUpTo(2, EXAMPLE);
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "pues eso lo ve mi socio"));
        assertThat(replies.get(0).text()).contains("toque la opción");
        assertThat(last(replies).text()).contains("Pregunta 3 de 15");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isNull();
        start("en");
        assertThat(engine.handle(Inbound.text(CHAT, "my partner sees to that")).get(0).text()).contains("please tap the option");
    }

    @Test
    void resumesAtTheSameQuestionAfterAPauseAndARestart() {
        start("es");
        answerUpTo(7, EXAMPLE);
        assertThat(last(engine.handle(Inbound.command(CHAT, "continuar"))).text()).contains("Pregunta 8 de 15");
        engine = engine(); // the bot restarts; the state is in the store
        Outbound resumed = last(engine.handle(Inbound.command(CHAT, "continuar")));
        assertThat(resumed.text()).contains("Pregunta 8 de 15").contains("Reconoce");
        assertThat(data(resumed)).contains("sc:Pe3:0", "sc:back:Pe3");
    }

    @Test
    void keepsEveryButtonWithinTelegramsCallbackLimit() {
        start("es");
        for (int i = 0; i < CONTENT.questions().size(); i++) {
            List<Outbound> replies = press("sc:" + CONTENT.questions().get(i).id() + ":0");
            replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                    .forEach(b -> assertThat(b.data().getBytes(StandardCharsets.UTF_8).length).isLessThan(64));
        }
    }

    @Test
    void finishesWithTheResultTheChartAndTheOutcomeInTheState() throws IOException {
        start("es");
        List<Outbound> replies = answerUpTo(15, EXAMPLE);
        Outbound result = replies.get(0);
        assertThat(result.text()).contains("Compromiso").contains("(nivel 1 de 5)")
                .contains("Personas").contains("Resultados").contains("Procesos")
                .contains("Anote cada novedad").contains("No es una evaluación ni un reconocimiento de INACAL")
                .contains("11 de 30").doesNotContain("{");
        Outbound chart = replies.get(1);
        assertThat(chart.image().fileName()).isEqualTo("autodiagnostico.png");
        assertThat(chart.image().contentType()).as("the turn keeps what the chart shows; a channel draws it")
                .isEqualTo(RadarDrawer.RECIPE_TYPE);
        assertThat(chart.image().bytes().length).as("a recipe, not pixels").isLessThan(1_000);
        Outbound.Attachment drawn = new RadarDrawer().draw(chart.image());
        assertThat(drawn.contentType()).isEqualTo("image/png");
        assertThat(drawn.fileName()).isEqualTo("autodiagnostico.png");
        assertThat(chart.text()).contains("Compromiso");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.bytes()));
        assertThat(image.getWidth()).isEqualTo(RadarChart.SIZE);
        assertThat(last(replies).text()).isEqualTo(TEXTS.get("menu.question", "es"));
        ChatState state = store.state(CHAT);
        assertThat(state.get("selfcheck.level")).isEqualTo("commitment");
        assertThat(state.get("selfcheck.area.leadership")).isEqualTo("implementation");
        assertThat(state.get("selfcheck.area.results")).isEqualTo("commitment");
        assertThat(state.get("selfcheck.weak")).isEqualTo("results,processes");
        assertThat(state.get("selfcheck.strong")).isEqualTo("people");
        assertThat(state.get("selfcheck.done")).isEqualTo("true");
        assertThat(db.queryForObject("select overall_level from selfcheck_result where chat = ?", String.class, CHAT))
                .isEqualTo("commitment");
        assertThat(db.queryForObject("select count(*) from selfcheck_area", Integer.class)).isEqualTo(6);
    }

    @Test
    void explainsTheQuestionOnDemandAndAsksItAgainWithItsOptions() {
        start("es");
        answerUpTo(3, EXAMPLE);
        List<Outbound> replies = press("sc:what:P1");
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).startsWith("❓ ").contains("tiene por escrito qué quiere mejorar");
        Outbound again = replies.get(1);
        assertThat(again.text()).contains("Pregunta 4 de 15").contains("1️⃣ No tenemos metas.");
        assertThat(data(again)).contains("sc:P1:0", "sc:P1:4", "sc:what:P1", "sc:back:P1");
        assertThat(store.state(CHAT).get("selfcheck.P1")).isNull();
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(press("sc:what:P1").get(0).text()).contains("improve this year is written down");
        assertThat(last(press("sc:P1:2")).text()).contains("Question 5 of 15");
    }

    /** "No sé" typed at a question is a wish to understand it: the explanation, then the same question. */
    @Test
    void aTypedDoubtExplainsTheQuestionAndAsksItAgain() {
        start("es");
        answerUpTo(3, EXAMPLE);
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "No sé."));
        assertThat(replies.get(0).text()).startsWith("❓ ").contains("tiene por escrito qué quiere mejorar");
        assertThat(last(replies).text()).contains("Pregunta 4 de 15");
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(engine.handle(Inbound.text(CHAT, "I'm not sure")).get(0).text()).contains("improve this year is written down");
        assertThat(store.state(CHAT).get("selfcheck.P1")).isNull();
    }

    /** "ninguna" (no goals at all) was answered "Entendido, sin problema" and the question asked again, nothing kept. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, ninguna", "es, 'no, ninguna'", "en, none at all"})
    void noneOfItIsTheFirstRung(String lang, String typed) {
        start(lang);
        answerUpTo(3, EXAMPLE);
        engine.handle(Inbound.text(CHAT, typed));
        String id = "selfcheck." + CONTENT.questions().get(3).id();
        assertThat(store.state(CHAT).get(id)).isEqualTo("0");
    }

    /** "Casi nunca" typed at a question was taken for a polite "no" and the question asked again. */
    @Test
    void aTypedHowOftenPicksTheRungOfTheLadderEveryQuestionClimbs() {
        start("es");
        answerUpTo(3, EXAMPLE);
        assertThat(last(engine.handle(Inbound.text(CHAT, "Casi nunca"))).text()).contains("Pregunta 5 de 15");
        assertThat(last(engine.handle(Inbound.text(CHAT, "nunca"))).text()).contains("Pregunta 6 de 15");
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(last(engine.handle(Inbound.text(CHAT, "hardly ever"))).text()).contains("Question 7 of 15");

        List<String> ids = CONTENT.questions().stream().map(q -> "selfcheck." + q.id()).toList();
        assertThat(List.of(store.state(CHAT).get(ids.get(3)), store.state(CHAT).get(ids.get(4)), store.state(CHAT).get(ids.get(5))))
                .containsExactly("1", "0", "1");
    }

    /**
     * "todos los días" at "¿Usted (o la gerencia) saca tiempo para buscar mejoras?" asked whether to erase the data (the
     * shipped classifier hears delete_my_data in "todos", 0.39) and "every day" was greeted: both say how often, like "siempre";
     * "todos" and "all of us" (who takes part) too.
     */
    @ParameterizedTest
    @CsvSource({"es, todos los días, delete_my_data", "es, a diario, restart", "en, every day, greet", "en, daily, greet",
            "es, todos, delete_my_data", "en, all of us, delete_my_data"})
    void everyDayProposesTheTopRungOfHowOftenLikeAlways(String lang, String typed, String heard) {
        List<String> ran = new ArrayList<>();
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent(heard, 0.39, false) : Understanding.Intent.NONE,
                command(List.of("borrar_datos", "delete_my_data"), (turn, args) -> ran.add("erase")),
                command(List.of("reiniciar", "restart"), (turn, args) -> ran.add("restart")));
        start(lang);

        Outbound proposal = last(engine.handle(Inbound.text(CHAT, typed)));

        assertThat(ran).isEmpty();
        assertThat(data(proposal)).containsExactly("sc:L1:3", "sc:options:L1");
    }

    /**
     * QA: "mas o menos, tenemos un cuaderno donde anotamos", read as a weak need (eight words), was kept as one told at
     * the question ("¿Lo trabajamos ya como un reto?"); its first words answer the question. A need told clearly is kept.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | mas o menos, tenemos un cuaderno donde anotamos las ideas | false | selfcheck.typed.vague",
            "en | more or less, we have a notebook where we write the ideas | false | selfcheck.typed.vague",
            "es | pues la verdad casi no, el dia a dia no deja tiempo | false | ",
            "es | mas o menos, tenemos un cuaderno donde anotamos las ideas | true | common.need-noted"})
    void aLongerAnswerLedByTheLaddersWordsIsNoNeedToldAtTheQuestion(String lang, String typed, boolean clearNeed, String said) {
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent(Understanding.NEED, clearNeed ? 0.8 : 0.22, clearNeed)
                : Understanding.Intent.NONE);
        start(lang);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get(ChatState.TOLD_NEED) != null).isEqualTo(clearNeed);
        if (said != null) {
            assertThat(replies.get(0).text()).startsWith(TEXTS.get(said, lang, "text", typed).substring(0, 12));
        } else {
            assertThat(data(last(replies))).containsExactly("sc:L1:0", "sc:options:L1");
        }
    }

    /** QA: "la del medio" was "toque la opción que más se parezca": the middle of the five options is the third. */
    @ParameterizedTest
    @CsvSource({"es, la del medio", "en, the middle one"})
    void theMiddleOptionNamedByWhereItStandsIsTheThird(String lang, String typed) {
        start(lang);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get("selfcheck.L1")).isEqualTo("2");
    }

    /**
     * QA: "no, casi no hay tiempo" and "nunca hemos hecho eso" were "toque la opción que más se parezca", a miss: a
     * longer answer that begins with the ladder's words proposes the option they suggest, for one tap. The longest
     * beginning wins ("no siempre…" is vague), and what another reading takes stays with it ("no sé qué poner").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | no casi no hay tiempo | sc:L1:0",
            "es | nunca hemos hecho eso, no alcanza | sc:L1:0",
            "es | casi siempre, cuando hay pedidos grandes | sc:L1:2",
            "en | never, we are too busy for that | sc:L1:0",
            "en | always, every monday with the team | sc:L1:3",
            // QA: an exclamation before the ladder's words ("uy no, …") was "toque la opción"
            "es | uy no, uno vive apagando incendios | sc:L1:0", "en | ugh, never, we are always putting out fires | sc:L1:0",
            // QA: an option's own wording in a longer answer was "toque la opción"
            "es | pues la verdad casi no, el dia a dia no deja | sc:L1:0",
            "es | tenemos un espacio fijo cada mes con mi socio | sc:L1:2",
            "es | ahí a veces cuando hay un problema grande nos sentamos | sc:L1:1",
            "en | we are so busy, day-to-day work leaves us no time | sc:L1:0",
            "en | it's a priority for us and the whole team takes part | sc:L1:4"})
    void aLongerAnswerLedByTheLaddersWordsOrQuotingAnOptionProposesIt(String lang, String typed, String proposed) {
        start(lang);

        Outbound proposal = last(engine.handle(Inbound.text(CHAT, typed)));

        assertThat(data(proposal)).containsExactly(proposed, "sc:options:L1");
        assertThat(store.state(CHAT).get("selfcheck.L1")).as("proposed, not kept").isNull();
    }

    /**
     * QA: "we kind of just move on and don't talk about it", heard as a refusal, was "Got it, no problem": it quotes
     * "We drop it and never talk about it", whose own "never" agrees with the "don't".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | we kind of just move on and don't talk about it | 1",
            "es | pues aquí se deja así y nadie dice nada | 1"})
    void aQuoteOfAnOptionThatSaysNoIsNoRefusal(String lang, String typed, int proposed) {
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent("deny", 0.3, false) : Understanding.Intent.NONE);
        String failing = CONTENT.questions().get(2).id();
        start(lang);
        answerUpTo(2, EXAMPLE);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(replies).extracting(Outbound::text).doesNotContain(TEXTS.get("common.deny-noted", lang));
        assertThat(data(last(replies))).containsExactly("sc:" + failing + ":" + proposed, "sc:options:" + failing);
    }

    /**
     * QA: "hmm we talk about it sometimes" was proposed as "We drop it and never talk about it": it quotes the words the
     * option's own "never" turns around, and says no "never" itself. Such a quote proposes nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | hmm we talk about it sometimes", "en | we talk about it with the team",
            "es | ahi se habla mas del tema con todos"})
    void aQuoteOfWordsAnOptionSaysNoToIsNotThatOption(String lang, String typed) {
        String failing = CONTENT.questions().get(2).id();
        start(lang);
        answerUpTo(2, EXAMPLE);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(replies).flatExtracting(SelfCheckStepTests::data).doesNotContain("sc:options:" + failing);
        assertThat(store.state(CHAT).get("selfcheck." + failing)).isNull();
    }

    /**
     * QA: "sometimes someone says something", read as off-topic, was "That's not something I can do 🙂": it answers the
     * question in its first words, and the option that begins so is proposed.
     */
    @Test
    void anAnswerLedByTheLaddersWordsIsNoOffTopicText() {
        String typed = "sometimes someone says something";
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent(Understanding.OFF_TOPIC, 0.37, true)
                : Understanding.Intent.NONE);
        String ideas = CONTENT.questions().get(5).id();
        start("en");
        answerUpTo(5, EXAMPLE);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(replies).extracting(Outbound::text).doesNotContain(TEXTS.get("intent.out-of-scope", "en"));
        assertThat(data(last(replies))).containsExactly("sc:" + ideas + ":1", "sc:options:" + ideas);
    }

    /**
     * QA: "solo cuando sobra platica" was "toque la opción": people retell an option with a word of their own between
     * its words ("Solo si sobra algo."). A "no" said in its place still turns the quote around.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | solo cuando sobra platica", "en | only when something remains"})
    void anOptionRetoldWithAWordOfTheirOwnIsProposed(String lang, String typed) {
        String second = CONTENT.questions().get(1).id();
        start(lang);
        answerUpTo(1, EXAMPLE);

        Outbound reply = last(engine.handle(Inbound.text(CHAT, typed)));

        assertThat(data(reply)).containsExactly("sc:" + second + ":1", "sc:options:" + second);
        assertThat(store.state(CHAT).get("selfcheck." + second)).isNull();
    }

    /**
     * QA: "las anotamos pero no las revisamos" was "toque la opción": it retells "Se anotan, pero casi no se revisan." with
     * the verbs said of "we", not "they". A word said in another form of the same verb is the option's word. So were "a
     * veces hablamos de lo q fallo pero nada mas" and "pues mas o menos, cuando sobra algo de plata invertimos" (the second
     * with what the answers mean): they name one option's own words ("a veces hablamos", "cuando sobra"). Each is
     * proposed for one tap, not kept.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | 10 | las anotamos pero no las revisamos | 1", "es | 10 | las anotamos y las revisamos de vez en cuando | 2",
            "es | 5 | alguno propone de vez en cuando | 1", "es | 2 | a veces hablamos de lo q fallo pero nada mas | 2",
            "es | 1 | pues mas o menos, cuando sobra algo de plata invertimos | 1"})
    void anOptionRetoldInAnotherFormOfItsVerbsOrNamedByItsOwnWordsIsProposed(String lang, int answered, String typed, int proposed) {
        String question = CONTENT.questions().get(answered).id();
        start(lang);
        answerUpTo(answered, EXAMPLE);

        Outbound reply = last(engine.handle(Inbound.text(CHAT, typed)));

        assertThat(data(reply)).containsExactly("sc:" + question + ":" + proposed, "sc:options:" + question);
        assertThat(store.state(CHAT).get("selfcheck." + question)).as("proposed, not kept").isNull();
    }

    @Test
    void aNoSaidInPlaceOfAnOptionsWordTurnsTheRetellingAround() {
        String second = CONTENT.questions().get(1).id();
        start("es");
        answerUpTo(1, EXAMPLE);

        Outbound reply = last(engine.handle(Inbound.text(CHAT, "fijo pero no revisamos que resultados dio")));

        assertThat(data(reply)).doesNotContain("sc:options:" + second).contains("sc:" + second + ":0", "sc:" + second + ":4");
    }

    /** A quote turned around by a word outside it ("no tenemos un espacio fijo") proposes nothing: the options again. */
    @ParameterizedTest
    @CsvSource({"es, 'la verdad aquí no hay un espacio fijo'", "en, 'we never have a fixed slot, sadly'"})
    void aQuoteTurnedAroundProposesNothing(String lang, String typed) {
        start(lang);

        Outbound reply = last(engine.handle(Inbound.text(CHAT, typed)));

        assertThat(data(reply)).doesNotContain("sc:options:L1").contains("sc:L1:0", "sc:L1:4");
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"es, 'no siempre lo hacemos, depende del mes'", "en, depends on the week"})
    void aLongerAnswerLedByAVagueWordGetsWhatTheOptionsMean(String lang, String typed) {
        start(lang);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(replies.get(0).text()).isEqualTo(TEXTS.get("selfcheck.typed.vague", lang));
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    /**
     * QA: "5" typed under a proposed answer ("Con «todas» entiendo esta respuesta: 4️⃣ …") was "No hay una opción 5
     * aquí… del 1 al 2": the numbers are the question's, whose options the proposal's own button is numbered by.
     */
    @ParameterizedTest
    @CsvSource({"5, 4", "5️⃣, 4", "1, 0", "la quinta, 4"})
    void aNumberTypedUnderAProposedAnswerIsTheQuestionsOption(String typed, String kept) {
        start("es");
        assertThat(data(last(engine.handle(Inbound.text(CHAT, "casi siempre"))))).containsExactly("sc:L1:2", "sc:options:L1");

        assertThat(last(engine.handle(Inbound.text(CHAT, typed))).text()).contains("Pregunta 2 de 15");

        assertThat(store.state(CHAT).get("selfcheck.L1")).isEqualTo(kept);
    }

    /**
     * "Casi siempre" and "always" were "tap an option", and the second one offered a person: now the option of the
     * ladder they suggest is proposed with its wording, kept with one tap or a typed "sí", and never counted as a miss.
     */
    @Test
    void aTypedHowOftenBeyondSometimesProposesTheRungItSuggestsForOneTap() {
        start("es");
        Outbound proposal = last(engine.handle(Inbound.text(CHAT, "casi siempre")));
        assertThat(proposal.text()).contains("casi siempre").contains("3️⃣ Sí, un espacio fijo (ej. cada mes).");
        assertThat(data(proposal)).containsExactly("sc:L1:2", "sc:options:L1");
        assertThat(store.state(CHAT).get("selfcheck.L1")).as("proposed, not kept").isNull();
        assertThat(last(engine.handle(Inbound.text(CHAT, "sí"))).text()).contains("Pregunta 2 de 15");
        assertThat(store.state(CHAT).get("selfcheck.L1")).isEqualTo("2");

        store.put(withLang(store.state(CHAT), "en"));
        List<Outbound> always = engine.handle(Inbound.text(CHAT, "always"));
        assertThat(always).extracting(Outbound::text).noneMatch(t -> t.contains(TEXTS.get("common.offer-human", "en")));
        assertThat(last(always).text()).contains("4️⃣ Fixed, and we check what it achieved.");
        assertThat(data(last(always))).containsExactly("sc:L2:3", "sc:options:L2");
        Outbound again = last(press("sc:options:L2"));
        assertThat(again.text()).contains("Question 2 of 15");
        assertThat(data(again)).contains("sc:L2:0", "sc:L2:4");
        assertThat(store.state(CHAT).get("selfcheck.L2")).isNull();
        assertThat(last(engine.handle(Inbound.text(CHAT, "most of the time"))).text()).contains("3️⃣ Yes, a fixed amount or time per year.");
        assertThat(last(engine.handle(Inbound.text(CHAT, "no"))).text()).as("a no to the proposal, though an option begins with it")
                .contains("Question 2 of 15");
        assertThat(store.state(CHAT).get("selfcheck.L2")).isNull();
        assertThat(last(engine.handle(Inbound.text(CHAT, "siempre"))).text()).as("twice over, still no miss")
                .doesNotContain(TEXTS.get("common.offer-human", "en"));
        press("sc:L2:3");
        assertThat(store.state(CHAT).get("selfcheck.L2")).isEqualTo("3");
    }

    /**
     * "Muchas" alone is Colombian for "muchas gracias", and the classifier reads it so: typed at "¿Cuántas novedades
     * lanzó…?" or "¿saca tiempo…?" it was answered "¡Con mucho gusto!". There it says how often or how many: the option
     * "muchas veces" proposes, for one tap. "Muchas gracias" is still thanks.
     */
    @Test
    void manyAtAQuestionIsProposedAsTheAnswerNotThanks() {
        engine = engine((text, lang) -> text.toLowerCase().startsWith("mucha") || text.equals("many")
                ? new Understanding.Intent("thanks", 0.54, true) : Understanding.Intent.NONE);
        start("es");
        for (String typed : List.of("muchas", "muchísimas", "muchas veces")) {
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));
            assertThat(replies).extracting(Outbound::text).as(typed).noneMatch(t -> t.equals(TEXTS.get("common.thanks-back", "es")));
            assertThat(last(replies).text()).as(typed).contains("3️⃣ Sí, un espacio fijo (ej. cada mes).");
            assertThat(data(last(replies))).containsExactly("sc:L1:2", "sc:options:L1");
        }
        assertThat(store.state(CHAT).get("selfcheck.L1")).as("proposed, not kept").isNull();
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(data(last(engine.handle(Inbound.text(CHAT, "many"))))).containsExactly("sc:L1:2", "sc:options:L1");

        List<Outbound> thanks = engine.handle(Inbound.text(CHAT, "muchas gracias"));
        assertThat(thanks.get(0).text()).isEqualTo(TEXTS.get("common.thanks-back", "en"));
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    /**
     * "¿Qué es un aliado?" at "¿Trabaja con otros…?", whose option 4 reads "Aliados fijos…", was taken as that answer and
     * the next question asked; "¿qué es una convocatoria?" was "tap an option", a miss. A question about the question's
     * own words gets its explanation (as ❓ ¿Qué significa?), and the question waits.
     */
    @Test
    void aQuestionAboutAWordOfTheQuestionIsExplainedNotTakenAsAnAnswer() {
        start("es");
        for (String id : List.of("L1", "L2", "L3", "P1", "P2", "Pe1", "Pe2", "Pe3", "I1")) {
            press("sc:" + id + ":1");
        }
        for (String typed : List.of("¿qué es un aliado?", "que significa gremio", "¿Qué son convocatorias?")) {
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));
            assertThat(replies.get(0).text()).as(typed).isEqualTo(TEXTS.get("selfcheck.explain", "es", "explanation",
                    "Preguntamos si se une con universidades, proveedores, clientes u otras empresas para mejorar algo."));
            assertThat(last(replies).text()).as(typed).contains("Pregunta 10 de 15");
            assertThat(store.state(CHAT).get("selfcheck.I2")).as(typed).isNull();
        }
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(engine.handle(Inbound.text(CHAT, "what is a partner?")).get(0).text()).contains("team up with universities");
        assertThat(store.state(CHAT).get("selfcheck.I2")).isNull();
    }

    /** A word the question does not hold is not taken for a question about it: "¿qué es aliada?" is about the bot. */
    @Test
    void aQuestionAboutAnotherWordIsNotTheQuestionsExplanation() {
        start("es");

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "¿qué es aliada?"));

        assertThat(replies).extracting(Outbound::text).noneMatch(t -> t.startsWith(TEXTS.get("selfcheck.explain", "es", "explanation", "")));
    }

    /**
     * After two misunderstandings a person is offered; a typed "no" had answered the question below with its option
     * "1️⃣ No, el día a día no deja." and gone on. Now it declines the person, and the question waits.
     */
    @Test
    void aNoToTheOfferOfAPersonDeclinesItAndAnswersNothing() {
        engine = engine(Understanding.NOTHING, command(List.of("asesor", "advisor"), (turn, args) -> turn.say("common.greet-back")));
        start("es");
        engine.handle(Inbound.text(CHAT, "zzz"));
        Outbound offer = last(engine.handle(Inbound.text(CHAT, "qqq")));
        assertThat(offer.text()).isEqualTo(TEXTS.get("common.offer-human", "es"));
        assertThat(data(offer)).contains("/asesor fallback", "/continuar");

        List<Outbound> declined = engine.handle(Inbound.text(CHAT, "no"));

        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
        assertThat(last(declined).text()).contains("Pregunta 1 de 15");
    }

    /**
     * "Más o menos" was "tap an option" and counted as a miss ("ahí vamos" even asked whether a person was wanted):
     * now what the options mean, from less to more, and the question again, however often it is said.
     */
    @Test
    void aVagueHowMuchShowsWhatTheOptionsMeanAndIsNoMiss() {
        engine = engine((text, lang) -> text.equals("ahí vamos") ? new Understanding.Intent("talk_to_human", 0.31, true)
                : Understanding.Intent.NONE);
        start("es");
        for (String typed : List.of("más o menos", "regular", "ahí vamos", "pues más o menos")) {
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));
            assertThat(replies).extracting(Outbound::text).as(typed).hasSize(2)
                    .noneMatch(t -> t.contains(TEXTS.get("common.offer-human", "es")) || t.contains(TEXTS.get("common.did-you-mean-human", "es")));
            assertThat(replies.get(0).text()).as(typed).contains("de menos a más").isEqualTo(TEXTS.get("selfcheck.typed.vague", "es"));
            assertThat(last(replies).text()).contains("Pregunta 1 de 15");
            assertThat(data(last(replies))).contains("sc:L1:0", "sc:L1:4");
        }
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(engine.handle(Inbound.text(CHAT, "so so")).get(0).text()).contains("from less to more");
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    /** A negated word is not the word: "no siempre" is no "siempre", and "not always" no "always". */
    @Test
    void aNegatedHowOftenIsNotReadAsTheWordItNegates() {
        engine = engine((text, lang) -> text.equals("no siempre") ? new Understanding.Intent("deny", 0.35, true)
                : Understanding.Intent.NONE);
        start("es");
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "no siempre"));
        assertThat(replies.get(0).text()).contains("de menos a más");
        assertThat(data(last(replies))).doesNotContain("sc:options:L1");
        store.put(withLang(store.state(CHAT), "en"));
        assertThat(engine.handle(Inbound.text(CHAT, "not always")).get(0).text()).contains("from less to more");
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    /**
     * "A veces" where the question's own option reads "A veces hablamos de qué falló" (the third) was kept as the
     * second, "Se deja así y no se habla más": the question's own wording goes ahead of the ladder.
     */
    @Test
    void anOptionThatBeginsWithTheTypedWordsIsTakenAheadOfTheLadder() {
        start("es");
        answerUpTo(2, EXAMPLE);
        assertThat(last(engine.handle(Inbound.text(CHAT, "a veces"))).text()).contains("Pregunta 4 de 15");
        assertThat(store.state(CHAT).get("selfcheck.L3")).isEqualTo("2");
        assertThat(last(engine.handle(Inbound.text(CHAT, "a veces"))).text()).as("elsewhere the ladder as before").contains("Pregunta 5 de 15");
        assertThat(store.state(CHAT).get("selfcheck.P1")).isEqualTo("1");
    }

    /** "paso", "I'd rather not answer this one" got "Entendido, sin problema 👍" and the same question, as if let off. */
    @ParameterizedTest
    @CsvSource({"es, paso", "es, prefiero no responder esa", "en, I'd rather not answer this one", "en, skip this one"})
    void askingToSkipAQuestionIsToldEveryAnswerCountsWithNoMiss(String lang, String typed) {
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent("deny", 0.5, true) : Understanding.Intent.NONE,
                command(List.of("asesor", "advisor"), (turn, args) -> turn.say("escalation.already-open")));
        start(lang);

        for (int time = 1; time <= 2; time++) {
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));
            assertThat(replies.get(0).text()).as("time %d", time).isEqualTo(TEXTS.get("selfcheck.no-skip", lang));
            assertThat(data(last(replies))).as("the question again, no person offered").contains("sc:L1:0")
                    .doesNotContain("/asesor fallback");
        }
        assertThat(store.state(CHAT).get("selfcheck.L1")).isNull();
    }

    /**
     * QA: "cuantas preguntas faltan" was "toque la opción", and "cómo voy?" was "¡Hasta pronto!" (the classifier hears "me
     * voy"): asked how far along it is, the self-check says so and asks the same question, with no miss and no answer.
     */
    @ParameterizedTest
    @CsvSource({"es, cuantas preguntas faltan, Va en la pregunta 3 de 15: le faltan 13", "es, cómo voy?, Va en la pregunta 3 de 15",
            "es, ¿falta mucho?, le faltan 13", "en, how many questions are left?, You're on question 3 of 15: 13 to go"})
    void askedHowFarAlongItIsTheSelfCheckSaysAndAsksTheSameQuestion(String lang, String typed, String said) {
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent("goodbye", 0.53, true) : Understanding.Intent.NONE);
        start(lang);
        answerUpTo(2, EXAMPLE);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(replies.get(0).text()).contains(said);
        assertThat(data(last(replies))).contains("sc:" + CONTENT.questions().get(2).id() + ":0");
        assertThat(store.state(CHAT).get("selfcheck." + CONTENT.questions().get(2).id())).isNull();
    }

    /**
     * QA: "quiero repetir el diagnostico" after the result asked to confirm a restart, which erases the profile too: the
     * self-check is taken again, the profile kept. Refused ("no quiero repetir…"), nothing happens.
     */
    @ParameterizedTest
    @CsvSource({"es, quiero repetir el diagnostico, Pregunta 1 de 15", "en, I want to retake the test, Question 1 of 15"})
    void aWishToRetakeTheSelfCheckTakesItAgainAndKeepsTheProfile(String lang, String typed, String first) {
        start(lang);
        answerUpTo(CONTENT.questions().size(), EXAMPLE);
        engine = engine((text, l) -> text.startsWith("no") ? new Understanding.Intent("deny", 0.4, true)
                : new Understanding.Intent("restart", 0.4, true),
                command(List.of("reiniciar", "restart"), (turn, args) -> turn.say("escalation.already-open")));

        List<Outbound> refused = engine.handle(Inbound.text(CHAT, lang.equals("es") ? "no quiero repetir el diagnostico" : "no, not retake the test"));
        assertThat(refused).extracting(Outbound::text).noneMatch(text -> text.contains(first));

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(last(replies).text()).contains(first);
        assertThat(replies).extracting(Outbound::text).doesNotContain(TEXTS.get("escalation.already-open", lang));
        assertThat(store.state(CHAT).get("profile.sector")).isEqualTo("agribusiness");
    }

    /** QA: mid-retake, the summary said "aún sin autodiagnóstico": the retake had cleared the last outcome with the answers. */
    @Test
    void duringARetakeTheLastOutcomeStandsUntilTheNewOneReplacesIt() {
        start("es");
        answerUpTo(CONTENT.questions().size(), EXAMPLE);
        SelfCheckSummary first = SelfCheckSummary.of(store.state(CHAT));
        assertThat(first.done()).isTrue();

        press("menu:selfcheck");
        answerUpTo(2, new int[] {4, 4});

        assertThat(SelfCheckSummary.of(store.state(CHAT))).isEqualTo(first);
        assertThat(store.state(CHAT).get("selfcheck." + CONTENT.questions().get(2).id())).as("the answers start over").isNull();
        int[] best = new int[CONTENT.questions().size()];
        java.util.Arrays.fill(best, 4);
        answerUpTo(CONTENT.questions().size(), best);
        assertThat(SelfCheckSummary.of(store.state(CHAT)).level()).isNotEqualTo(first.level());
    }

    /** "me equivoqué de botón" asked to confirm a restart (the classifier hears "restart"): it goes back one question. */
    @ParameterizedTest
    @CsvSource({"es, me equivoque de boton", "es, uy no era esa", "en, wrong button sorry"})
    void aWrongButtonToldGoesBackOneQuestion(String lang, String typed) {
        engine = engine((text, l) -> text.equals(typed) ? new Understanding.Intent("restart", 0.35, true) : Understanding.Intent.NONE,
                command(List.of("reiniciar", "restart"), (turn, args) -> turn.say("escalation.already-open")));
        start(lang);
        answerUpTo(2, EXAMPLE);

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));

        assertThat(data(last(replies))).contains("sc:" + CONTENT.questions().get(1).id() + ":0");
        assertThat(store.state(CHAT).get("selfcheck." + CONTENT.questions().get(1).id())).isNull();
    }

    /** "Ya no quiero" was told "Entendido, sin problema" and asked the same question again. */
    @Test
    void aWishToStopPausesAndSaysHowToComeBack() {
        start("es");
        answerUpTo(3, EXAMPLE);
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "ya no quiero"));
        assertThat(replies).extracting(Outbound::text).containsExactly(TEXTS.get("common.choice.paused", "es"));
        assertThat(data(last(replies))).containsExactly("/continuar");
        assertThat(store.state(CHAT).get("selfcheck.P1")).isNull();
        assertThat(store.state(CHAT).get("selfcheck.L3")).isNotNull();
    }

    /** "Mejor después" and "maybe later" were told "Entendido, sin problema" and asked the same question again. */
    @Test
    void aWishToGoOnLaterPausesToo() {
        for (String[] typed : new String[][] {{"es", "mejor después"}, {"es", "ahorita no"}, {"en", "maybe later"},
                {"es", "mejor mañana"}, {"es", "tengo un cliente ya vengo"}, {"en", "gotta go, a customer came in"},
                // "don't" was counted as two words: six words read as seven, past what is read as said briefly
                {"en", "no, I don't want to continue"}, {"en", "I don't want to continue now"}}) {
            start(typed[0]);
            answerUpTo(3, EXAMPLE);
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed[1]));
            assertThat(replies).extracting(Outbound::text).as(typed[1]).containsExactly(TEXTS.get("common.choice.paused", typed[0]));
        }
    }

    /** A need told at a self-check question was "tap an option", and a second one offered an advisor. */
    @Test
    void aNeedToldAtAQuestionIsKeptAndOfferedToBeWorkedOnNowOrAfter() {
        engine = engine((text, lang) -> text.equals("no tengo clientes") ? new Understanding.Intent("challenge", 0.53, false)
                : text.startsWith("la verdad no tengo") ? new Understanding.Intent("challenge", 0.38, false)
                : text.equals("los empleados no proponen nada") ? new Understanding.Intent("challenge", 0.31, false)
                : Understanding.Intent.NONE);
        start("es");
        answerUpTo(2, EXAMPLE);
        String question = "selfcheck." + CONTENT.questions().get(2).id();

        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "no tengo clientes"));
        assertThat(replies).extracting(Outbound::text).containsExactly(TEXTS.get("common.need-noted", "es", "text", "no tengo clientes"));
        assertThat(data(last(replies))).containsExactly("/nuevo_reto", "/continuar");
        assertThat(store.state(CHAT).get(ChatState.TOLD_NEED)).isEqualTo("no tengo clientes");
        assertThat(store.state(CHAT).get(question)).isNull();
        assertThat(store.state(CHAT).step()).isEqualTo(SelfCheckStep.ID);

        engine.handle(Inbound.text(CHAT, "los empleados no proponen nada"));
        assertThat(store.state(CHAT).get(ChatState.TOLD_NEED)).as("a need told faintly is an answer attempt").isEqualTo("no tengo clientes");

        String diluted = "la verdad no tengo clientes, eso es lo que me preocupa";
        assertThat(engine.handle(Inbound.text(CHAT, diluted))).extracting(Outbound::text).as("told with words around it")
                .containsExactly(TEXTS.get("common.need-noted", "es", "text", diluted));
    }

    /**
     * "can we skip this and go to my problem?" at a question was noted as the need, in place of the one told before
     * ("no tengo clientes"): the wish keeps that need, and with none told yet the challenge is offered to be written.
     */
    @Test
    void aWishToGoOnToOnesChallengeKeepsTheNeedToldBefore() {
        String wish = "can we skip this and go to my problem?";
        engine = engine((text, lang) -> text.equals(wish) || text.equals("no tengo clientes")
                ? new Understanding.Intent("challenge", 0.4, false) : Understanding.Intent.NONE);
        start("es");
        List<Outbound> noneYet = engine.handle(Inbound.text(CHAT, wish));
        assertThat(noneYet).extracting(Outbound::text).containsExactly(TEXTS.get("common.need-wish", "es"));
        assertThat(data(last(noneYet))).containsExactly("/nuevo_reto", "/continuar");
        assertThat(store.state(CHAT).get(ChatState.TOLD_NEED)).isNull();

        engine.handle(Inbound.text(CHAT, "no tengo clientes"));
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, wish));

        assertThat(replies).extracting(Outbound::text).containsExactly(TEXTS.get("common.need-noted", "es", "text", "no tengo clientes"));
        assertThat(store.state(CHAT).get(ChatState.TOLD_NEED)).isEqualTo("no tengo clientes");

        assertThat(engine.handle(Inbound.text(CHAT, "vamos a mi reto"))).as("a wish the classifier reads as nothing")
                .extracting(Outbound::text).containsExactly(TEXTS.get("common.need-noted", "es", "text", "no tengo clientes"));
    }

    /** "Quiero repetir el autodiagnóstico" at the menu asked whether to start over and erase the profile. */
    @Test
    void aRetakeAskedForInWordsAtTheMenuStartsTheSelfCheck() {
        // the words lean to starting over, surely: the menu's own words must still win
        engine = engine((text, lang) -> text.contains("repetir") ? new Understanding.Intent("restart", 0.8, true) : Understanding.Intent.NONE);
        store.put(new ChatState(CHAT, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED, Map.of("profile.sector", "agribusiness")));
        engine.handle(Inbound.command(CHAT, "continuar")); // the menu, with its buttons
        engine.handle(Inbound.text(CHAT, "quiero repetir el autodiagnóstico"));
        assertThat(store.state(CHAT).step()).isEqualTo(SelfCheckStep.ID);
    }

    @Test
    void aQuestionAskedAgainAtTheStartIsNotIntroducedTwice() {
        start("es");
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, "ni idea"));
        assertThat(replies.get(0).text()).as("the question explained").contains(Html.escape(CONTENT.questions().get(0).explain().in("es")));
        assertThat(replies).extracting(Outbound::text).noneMatch(text -> text.contains("15 preguntas cortas"));
        assertThat(last(replies).text()).contains("Pregunta 1 de 15");
    }

    /** "No idea honestly" was told "Got it, no problem" (read as a no): a doubt asks what the question means. */
    @Test
    void aDoubtWithAFewWordsAroundItGetsTheQuestionExplained() {
        for (String[] typed : new String[][] {{"es", "uy no, ni idea"}, {"es", "la verdad no tengo ni idea"},
                {"en", "no idea honestly"}, {"en", "hmm not sure tbh"},
                // "what does this mean?" got the help menu: only "what does it mean" was known
                {"en", "what does this mean?"}, {"es", "¿qué significa eso?"},
                // "eso que es?" was asked to tap an option: only "qué es eso" was known
                {"es", "eso que es?"}, {"es", "¿a qué se refiere?"}, {"es", "¿qué?"}, {"en", "huh?"}}) {
            start(typed[0]);
            answerUpTo(2, EXAMPLE);
            List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed[1]));
            start(typed[0]);
            answerUpTo(2, EXAMPLE);
            List<Outbound> explained = press("sc:what:" + CONTENT.questions().get(2).id());
            assertThat(replies).extracting(Outbound::text).as(typed[1]).isEqualTo(explained.stream().map(Outbound::text).toList());
            assertThat(store.state(CHAT).get("selfcheck." + CONTENT.questions().get(2).id())).as(typed[1]).isNull();
        }
    }

    /**
     * "nose", as "no sé" is often typed, and "idk tbh" were asked to tap an option where "no se" and "no idea" get the
     * question explained: "nose" and "idk" were no doubt, "tbh" no word around an answer.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"es, nose", "es, nosé", "es, nose q poner", "es, nose cual", "es, uy nose",
            "en, idk", "en, idk tbh", "en, no clue tbh", "en, idk lol",
            // "q es eso?", as "qué" is typed on a phone, and "wdym" were asked to tap an option (a miss each)
            "es, q es eso?", "es, k es eso", "es, q significa", "es, q significa eso?", "es, y eso q es?", "es, a q se refiere?",
            "es, q?", "en, wdym", "en, what do u mean?"})
    void aDoubtTypedAsPeopleTypeItGetsTheQuestionExplained(String lang, String typed) {
        start(lang);
        answerUpTo(2, EXAMPLE);
        List<Outbound> replies = engine.handle(Inbound.text(CHAT, typed));
        start(lang);
        answerUpTo(2, EXAMPLE);
        List<Outbound> explained = press("sc:what:" + CONTENT.questions().get(2).id());
        assertThat(replies).extracting(Outbound::text).as(typed).isEqualTo(explained.stream().map(Outbound::text).toList());
    }

    /** "tbh sometimes" and "kinda sometimes" were asked to tap an option, where "sometimes" is the second. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tbh sometimes", "kinda sometimes", "sometimes tbh", "sometimes lol"})
    void anAnswerWithChatWordsAroundItIsTheAnswer(String typed) {
        start("en");
        engine.handle(Inbound.text(CHAT, typed));
        assertThat(store.state(CHAT).get("selfcheck." + CONTENT.questions().get(0).id())).as(typed).isEqualTo("1");
    }

    /** "nunca" at "Si una idea nueva sale mal, ¿qué pasa?" was saved as "Se busca culpable": the ladder's words do not fit it. */
    @Test
    void aQuestionWhoseOptionsAreNoLadderTakesOnlyItsOwnWords() {
        String failing = CONTENT.questions().get(2).id();
        start("es");
        answerUpTo(2, EXAMPLE);

        engine.handle(Inbound.text(CHAT, "nunca"));
        engine.handle(Inbound.text(CHAT, "casi nunca"));
        assertThat(store.state(CHAT).get("selfcheck." + failing)).isNull();

        engine.handle(Inbound.text(CHAT, "se busca culpable"));
        assertThat(store.state(CHAT).get("selfcheck." + failing)).isEqualTo("0");
    }

    /** QA: "pues se regaña al que la embarró", "no pasa nada, se sigue" were "toque la opción" at the question of a failed idea. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | pues se regaña al que la embarró | 0", "es | no pasa nada, se sigue | 1",
            "en | someone gets scolded | 0", "en | we just move on | 1"})
    void aFailedIdeaToldInEverydayWordsIsItsOption(String lang, String typed, String kept) {
        String failing = CONTENT.questions().get(2).id();
        start(lang);
        answerUpTo(2, EXAMPLE);

        engine.handle(Inbound.text(CHAT, typed));

        assertThat(store.state(CHAT).get("selfcheck." + failing)).isEqualTo(kept);
    }

    @Test
    void everyQuestionHasAnExplanationInBothLanguages() {
        assertThat(CONTENT.questions()).allSatisfy(q -> {
            assertThat(q.explain()).as(q.id()).isNotNull();
            assertThat(q.explain().in("es")).isNotBlank().doesNotContain("\n");
            assertThat(q.explain().in("en")).isNotBlank().isNotEqualTo(q.explain().in("es"));
        });
    }

    @Test
    void usesTheOneToFiveScaleOfTheLevelsOnTheCardAndTheChart() {
        start("es");
        List<Outbound> replies = answerUpTo(15, EXAMPLE);
        assertThat(replies.get(0).text()).contains("(nivel 1 de 5)");
        assertThat(replies.get(1).text()).contains("de 1 (no lo hacemos) a 5").doesNotContain("de 0");
    }

    @Test
    void namesTiedAreasTogetherInsteadOfPickingOne() {
        start("es");
        // leadership and planning 3, people and intelligence 2, processes and results 1
        int[] tied = {3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1};
        String text = answerUpTo(15, tied).get(0).text();
        assertThat(text).contains("Sus puntos fuertes, empatados: <b>Liderazgo</b> y <b>Planificación</b>")
                .contains("Por dónde empezar, empatadas más abajo: <b>Procesos</b> y <b>Resultados</b>")
                .doesNotContain("Su punto fuerte:");
    }

    @Test
    void callsEvenAreasEvenAndGivesNoStartingPointAtTheTop() {
        start("es");
        int[] even = new int[15];
        java.util.Arrays.fill(even, 2);
        String evenText = answerUpTo(15, even).get(0).text();
        assertThat(evenText).contains("Sus áreas están parejas: todas en 3,0 de 5")
                .doesNotContain("punto fuerte").doesNotContain("Por dónde empezar");
        press("menu:selfcheck");
        int[] top = new int[15];
        java.util.Arrays.fill(top, 4);
        String topText = answerUpTo(15, top).get(0).text();
        assertThat(topText).contains("Todas sus áreas están en lo más alto (5 de 5)")
                .doesNotContain("Por dónde empezar").doesNotContain("Resultados").doesNotContain("paso práctico");
    }

    @Test
    void tellsACompanyBelowTheFirstLevelSoKindly() {
        start("en");
        int[] none = new int[15];
        Outbound result = answerUpTo(15, none).get(0);
        assertThat(result.text()).contains("Your first goal: Commitment").contains("hasn't reached the first level yet")
                .contains("Your areas are even: all at 1.0 of 5").doesNotContain("you are on it")
                .doesNotContain("strong point");
        assertThat(store.state(CHAT).get("selfcheck.level")).isEqualTo("commitment");
    }

    @Test
    void startsOverCleanlyWhenRetaken() {
        start("es");
        answerUpTo(15, EXAMPLE);
        List<Outbound> replies = press("menu:selfcheck");
        assertThat(replies.get(0).text()).contains("15 preguntas cortas");
        assertThat(last(replies).text()).contains("Pregunta 1 de 15");
        ChatState state = store.state(CHAT);
        // the answers start over; the last outcome (level, areas) stands until the retake's replaces it
        assertThat(state.data().keySet()).filteredOn(key -> key.startsWith("selfcheck.")).allMatch(key -> key.equals("selfcheck.level")
                || key.startsWith("selfcheck.area.") || key.equals("selfcheck.weak") || key.equals("selfcheck.strong"));
        assertThat(state.get("selfcheck.done")).isNull();
        assertThat(state.get("profile.sector")).isEqualTo("agribusiness");
    }

    private static ChatState withLang(ChatState state, String lang) {
        return new ChatState(state.chat(), lang, state.step(), state.consent(), state.data());
    }
}
