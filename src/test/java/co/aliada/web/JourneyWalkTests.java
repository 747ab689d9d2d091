package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.aliada.web.ChatClient.Reply;
import co.aliada.conversation.TestTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey as people use it: typed answers at every choice, and after every reply a live way
 * forward (the next step's buttons or a menu), never a dead end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class JourneyWalkTests {

    @LocalServerPort
    int port;
    ChatClient chat;
    String id;
    final List<String> log = new ArrayList<>();
    Reply last;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void typingEveryAnswerWalksFromStartToARecommendationWithAWayForwardAfterEachReply() {
        forward(say("/start"));
        forward(say("/privacidad")); // at the consent step: the notice, and the consent buttons again
        assertThat(data(last)).contains("consent:yes", "consent:no");
        forward(say("sí"));
        forward(say("agro"));
        typing(say("1"));
        forward(say("Popayán"));
        forward(say("saltar"));
        String[] answers = {"2", "3️⃣", "2", "1", "2", "4", "3", "2", "2️⃣", "1", "2", "2", "1", "3", "2"};
        for (String answer : answers) {
            forward(say(answer));
        }
        assertThat(last.body().findValues("image")).hasSize(1);
        typing(say("problema"));
        forward(say("Se nos pierde mucho café en la poscosecha y los compradores pagan menos por la calidad"));
        forward(say("alta"));
        forward(say("media"));
        forward(say("3"));
        forward(say("saltar"));
        forward(say("sí"));
        assertThat(data(last)).anyMatch(d -> d.startsWith("/util "));
        String more = data(last).stream().filter(d -> d.startsWith("/servicio ")).findFirst().orElseThrow();
        forward(chat.button(id, more));
        forward(say("👎"));
        assertThat(data(last).get(0)).as("after 👎 a person is offered first").startsWith("/asesor");
        forward(chat.button(id, more));
        forward(say("👍"));
        forward(say("ayuda"));
        forward(say("/resumen"));
        assertThat(last.body().toString()).as("a web page cannot forward: the summary offers copying")
                .contains(TestTexts.texts().get("summary.footer.local", "es").replace("<i>", "").replace("</i>", ""))
                .doesNotContain(TestTexts.texts().get("summary.footer", "es").replace("<i>", "").replace("</i>", ""));
        forward(say("/mis_retos"));
    }

    /**
     * QA: "it's just me" at the size question asked whether to delete all the data (its words lean strongly to "forget
     * me"); it says the size in the question's own words ({@code choice.size.micro.mentions}): 1 to 10, said back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"it's just me", "its just me"})
    void theOwnWordsOfASizeAreThatSizeThoughTheyLeanToACommand(String typed) {
        say("hi");
        say("yes");
        say("commerce");
        say(typed);
        String body = last.body().toString();
        assertThat(body).contains(TestTexts.texts().get("common.choice.taken", "en", "label", TestTexts.texts().get("size.micro", "en")))
                .contains(TestTexts.texts().get("profile.municipality.question", "en").replaceAll("<[^>]+>", ""))
                .doesNotContain("/borrar_datos");
    }

    /**
     * QA: "se me olvidó" and "i forget" at a question with options asked whether to delete all the data, "no me acuerdo"
     * was "Entendido, sin problema" as if something had been declined: not remembering is a doubt, comforted, and the
     * question comes again.
     */
    @ParameterizedTest
    @CsvSource({"es, se me olvidó, false", "es, no me acuerdo, false", "en, i forget, false", "en, i don't remember, false",
            "es, se me olvido, true", "es, no recuerdo, true"})
    void notRememberingAtAQuestionIsADoubt(String lang, String typed, boolean atTheSelfCheck) {
        say(lang.equals("es") ? "hola" : "hi");
        say(lang.equals("es") ? "sí" : "yes");
        if (atTheSelfCheck) {
            say("agro");
            say("1");
            say("Popayán");
            say("saltar");
        }

        say(typed);

        assertThat(texts(last))
                .contains(TestTexts.texts().get("common.choice.doubt", lang));
        assertThat(data(last)).doesNotContain("/borrar_datos si");
    }

    /**
     * QA: "¿qué escribo?" at "¿Qué lo inspira?" sent the file of everything kept (its words lean to my data), and "no sé qué
     * escribir" where the challenge is asked was taken as its first words ("Voy entendiendo 🙂…"). Both ask how to go on.
     */
    @ParameterizedTest
    @CsvSource({"que escribo?, false, common.choice.doubt", "no se que escribir, false, common.choice.doubt",
            "no se que escribir, true, challenge.build.doubt", "¿qué escribo?, true, challenge.build.doubt",
            "deme un ejemplo, true, challenge.build.doubt"})
    void askingWhatToWriteIsToldHowToGoOn(String typed, boolean atTheChallenge, String answer) {
        typedProfile();
        answeredTheSelfCheck();
        if (atTheChallenge) {
            say("problema");
        }

        say(typed);

        assertThat(texts(last))
                .contains(TestTexts.texts().get(answer, "es").replaceAll("<[^>]+>", ""));
        assertThat(last.body().findValues("document")).isEmpty();
    }

    /**
     * QA: the result names a level ("Compromiso"); asked what it means, the menu said "no le entendí", the challenge's
     * first question "toque una de las cuatro opciones", and under a list "Entendido, sin problema". Its meaning is told,
     * and the question on screen comes again.
     */
    @ParameterizedTest
    @CsvSource({"que significa compromiso, 1, driver:problem", "¿qué es excelencia?, 5, driver:problem",
            "que es el nivel implementacion, 2, driver:problem"})
    void whatALevelMeansIsToldWhereItIsAsked(String typed, int number, String buttonStillThere) {
        typedProfile();
        answeredTheSelfCheck();

        say(typed);

        String body = last.body().toString();
        assertThat(body).contains("es el nivel " + number + " de 5").contains(buttonStillThere);
    }

    /** QA: "¿me puede mandar esto al correo?" under the summary was "Disculpe, no le entendí": how to keep it is told. */
    @ParameterizedTest
    @ValueSource(strings = {"me puede mandar esto al correo?", "lo puedo descargar?", "enviemelo al correo porfa"})
    void askingForTheSummaryByEmailIsToldHowToKeepIt(String typed) {
        typedUpToTheList("no me compran, las ventas bajaron mucho este año");
        press("/resumen fin");

        say(typed);

        assertThat(texts(last))
                .contains(TestTexts.texts().get("common.email", "es"));
    }

    /**
     * QA: "none right now" at "What inspires it?" was noted as the challenge ("Noted: none right now"), and "skip" where
     * the challenge is asked was taken as its first words. Both say there is no challenge for now.
     */
    @ParameterizedTest
    @CsvSource({"en, none right now, false", "en, nothing for now, false", "en, skip, true", "es, ninguno por ahora, false",
            "es, saltar, true"})
    void noChallengeForNowIsTakenAsSaid(String lang, String typed, boolean atTheChallenge) {
        tappedProfile(lang);
        answeredTheSelfCheck();
        if (atTheChallenge) {
            press("driver:problem");
        }

        say(typed);

        assertThat(texts(last))
                .contains(TestTexts.texts().get("challenge.identify.not-now", lang).replaceAll("<[^>]+>", ""));
    }

    /** QA: "pretty urgent" asked whether the person wanted an advisor; it is a high urgency, as "bastante urgente" is. */
    @ParameterizedTest
    @ValueSource(strings = {"pretty urgent", "quite urgent", "super urgent"})
    void aHighUrgencyInEverydayEnglishIsTheRating(String typed) {
        tappedProfile("en");
        answeredTheSelfCheck();
        press("driver:problem");
        say("our coffee loses value because the drying is bad and buyers pay less");

        say(typed);

        assertThat(last.body().toString()).contains(TestTexts.texts().get("challenge.rate.feasibility", "en").replaceAll("<[^>]+>", ""))
                .doesNotContain("/asesor");
    }

    /**
     * QA: "¿qué se borra?" at "¿Seguro que quiere empezar de nuevo?" asked instead whether to erase all the data, and "¿se
     * borran mis retos también?" at that question listed the challenges. A question there asks about it: it comes again.
     */
    @ParameterizedTest
    @CsvSource({"/reiniciar, que se borra?, restart.confirm", "/borrar_datos, se borran mis retos tambien?, privacy.erase.confirm",
            "/borrar_datos, y eso que borra?, privacy.erase.confirm"})
    void aQuestionAtAnIrreversibleQuestionAsksItAgain(String command, String typed, String asked) {
        typedUpToTheList("no me compran, las ventas bajaron mucho este año");
        say(command);

        say(typed);

        String again = TestTexts.texts().get(asked, "es").replaceAll("<[^>]+>", "");
        assertThat(texts(last)).anyMatch(text -> text.startsWith(again.substring(0, 30)));
        assertThat(data(last)).contains(command + " si");
    }

    /** A person asked for with a question there is still reached (or asked about), never the same question again. */
    @Test
    void aPersonAskedForAtAnIrreversibleQuestionIsOffered() {
        typedUpToTheList("no me compran, las ventas bajaron mucho este año");
        say("/reiniciar");

        say("¿puedo hablar con un asesor?");

        assertThat(data(last)).doesNotContain("/reiniciar si").anyMatch(d -> d.startsWith("/asesor") || d.equals("/bot"));
    }

    /**
     * QA, halfway through the self-check: "me puede repetir la pregunta" and "la anterior estaba mal" were "toque la
     * opción" (and counted as misses), "espere un momento" too. The question again, the one before it, and a pause.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"me puede repetir la pregunta | Pregunta 6 de 15", "la anterior estaba mal | Pregunta 5 de 15",
            "espere un momento | Listo, pausamos aquí", "espere | Listo, pausamos aquí"})
    void wordsAboutTheQuestionItselfAreTakenAsMeant(String typed, String shown) {
        typedProfile();
        for (int i = 0; i < 5; i++) {
            say("2");
        }

        say(typed);

        assertThat(texts(last)).anyMatch(text -> text.startsWith(shown))
                .doesNotContain(TestTexts.texts().get("selfcheck.tap-an-answer", "es").replaceAll("<[^>]+>", ""));
    }

    /** QA: "wait" and "one sec" halfway through the self-check were "tap the option": they pause, as "espere" does. */
    @ParameterizedTest
    @ValueSource(strings = {"wait", "one sec", "hang on"})
    void aMomentAskedForInEnglishPauses(String typed) {
        tappedProfile("en");
        say("2");

        say(typed);

        assertThat(texts(last)).contains(TestTexts.texts().get("common.choice.paused", "en"));
    }

    /**
     * QA: "pa ya", "es para ayer" and "harto" at the urgency were "toque una de las opciones", "super" was thanked, and
     * "con ayuda sí" at the feasibility showed the help, "se puede" asked about a person. They are ratings.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"pa ya | urgency", "es para ayer | urgency", "harto | urgency", "super | urgency",
            "con ayuda si | feasibility", "se puede | feasibility"})
    void aRatingInColombianWordsIsTheRating(String typed, String rated) {
        typedUpToTheUrgency("no me compran, las ventas bajaron mucho este año");
        if (rated.equals("feasibility")) {
            say("alta");
        }
        String next = rated.equals("urgency") ? "challenge.rate.feasibility" : "challenge.rate.impact";

        say(typed);

        assertThat(last.body().toString()).contains(TestTexts.texts().get(next, "es").replaceAll("<[^>]+>", ""));
    }

    @Test
    void aMissBetweenGoodAnswersIsNotASecondMissInARow() {
        say("/start");
        say("sí");
        say("qwerty zxcv");
        assertThat(data(last)).noneMatch(d -> d.startsWith("/asesor"));
        say("agro");
        say("1");
        say("Popayán");
        say("saltar");
        say("2");
        say("asdfg hjkl");
        assertThat(data(last)).as("two misses with good answers between them").noneMatch(d -> d.startsWith("/asesor"));
        say("zxcvb qwert");
        assertThat(data(last)).as("two misses in a row").anyMatch(d -> d.startsWith("/asesor"));
    }

    @Test
    void aNumberOfPeopleTypedAtTheSizeQuestionIsTheirCountNotAButtonsPosition() {
        say("/start");
        say("sí");
        say("agro");
        say("somos 3");
        assertThat(last.body().toString()).as("the size is taken and the municipality asked")
                .contains(TestTexts.texts().get("profile.municipality.question", "es").replaceAll("<[^>]+>", ""));
        say("Popayán");
        say("saltar");
        say("/mis_datos");
        String export = chat.get(last.body().findValue("document").asText(), null).body();
        // before, "3" stored the third button: 51 to 200 people
        assertThat(export).contains("\"profileSize\" : \"micro\"").doesNotContain("medium");
    }

    @Test
    void aCountBeyondEverySizeIsToldTheNearestOptionAndIsNoMiss() {
        say("/start");
        say("sí");
        say("agro");
        say("somos como 300 empleados");
        String answer = last.body().toString();
        // before, "tap one of the options" and, the second time, an offer of a person: nothing was wrong with the answer
        assertThat(answer).contains(TestTexts.texts().get("common.choice.count-above", "es").replace("{label}", "51 a 200"))
                .contains(TestTexts.texts().get("profile.size.question", "es").replaceAll("<[^>]+>", ""));
        say("más de 200");
        assertThat(last.body().toString()).contains("«51 a 200»")
                .doesNotContain(TestTexts.texts().get("common.offer-human", "es"));
    }

    @Test
    void aNumberPastTheNumberedAnswersOfTheSelfCheckIsToldTheNumbersThereAre() {
        typedProfile();
        say("6");
        // before, "6" took the sixth button, "❓ ¿Qué significa?", and explained the question
        assertThat(last.body().toString())
                .contains(TestTexts.texts().get("common.choice.no-such-number", "es").replace("{number}", "6").replace("{highest}", "5"));
        say("3");
        assertThat(last.body().toString()).as("the answers still by their numbers").contains("Pregunta 2 de 15");
        say("la última");
        // before, "la última" was no answer
        assertThat(last.body().toString()).contains("Pregunta 3 de 15");
    }

    @Test
    void severalQuestionsInOneMessageGetTheAnswersThereAre() {
        typedProfile();
        say("hola, una pregunta: esto es gratis? quien ve mis respuestas? y cuanto se demora?");
        String answer = last.body().toString();
        // before, the help text with the list of commands
        String terms = TestTexts.texts().get("common.terms", "es");
        assertThat(answer).contains(terms).contains("Pregunta 1 de 15");
        assertThat(texts(last)).as("said once")
                .filteredOn(terms::equals).hasSize(1);
    }

    @Test
    void anUrgencyTypedInWordsIsTheRatingAndOpensNoCase() {
        typedUpToTheUrgency("Se nos pierde mucho café en la poscosecha y los compradores pagan menos por la calidad");
        // before, "muy urgente" read as asking for a person: a case opened and the challenge was left half-rated
        say("muy urgente");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("challenge.rate.feasibility", "es").replaceAll("<[^>]+>", ""));
        say("más o menos");
        say("mucho");
        assertThat(data(last)).as("the three ratings taken: on to the last question").noneMatch(d -> d.startsWith("rate:"))
                .contains("discover:skip");
    }

    @Test
    void aDoubtAtARatingIsComfortedAndAFillerBeforeTheAnswerIsLeftOut() {
        typedUpToTheUrgency("Los compradores de la vereda pagan muy barato el café y no sabemos cómo vender directo a tiendas");
        // before, "no sé" read as asking how the bot works: the help, and the rating left behind
        say("no sé");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("common.choice.doubt", "es"));
        assertThat(data(last)).as("the urgency asked again").contains("rate:1:urgency", "rate:3:urgency");
        // before, "pues bastante" matched no option
        say("pues bastante");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("challenge.rate.feasibility", "es").replaceAll("<[^>]+>", ""));
        // before, a hedge after the answer ("media creo") matched no option
        say("media creo");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("challenge.rate.impact", "es").replaceAll("<[^>]+>", ""));
    }

    /** Consent and the profile, every answer typed, up to the first self-check question. */
    private void typedProfile() {
        say("/start");
        say("sí");
        say("agro");
        say("1");
        say("Popayán");
        say("saltar");
    }

    /** Consent, profile, self-check and a problem's challenge, every answer typed, up to its first rating. */
    private void typedUpToTheUrgency(String challenge) {
        typedProfile();
        answeredTheSelfCheck();
        say("problema");
        say(challenge);
    }

    /**
     * Under the summary, whose one button is 📋 Reto 1, "¿cuánto cuesta el primero?" asks a price: it had opened the
     * first challenge's services again (its "primero" read as that button) and the question went unanswered.
     */
    @ParameterizedTest
    @CsvSource({"cuanto cuesta el primero?,/resumen", "¿y el primero cuánto vale?,/resumen", "es gratis el primero?,/resumen",
            "cuanto cuesta el primero?,/resumen fin", "es gratis el primero?,/resumen fin"})
    void aPriceAskedOfTheFirstUnderTheSummaryIsAnsweredNotTheFirstChallenge(String typed, String summary) {
        typedUpToTheList("no me compran, las ventas bajaron mucho este año");
        press(summary);
        assertThat(data(last)).as("a challenge's button").anyMatch(d -> d.startsWith("/reto "));

        say(typed);

        assertThat(texts(last))
                .contains(TestTexts.texts().get("common.terms", "es"))
                .noneMatch(text -> text.contains("Estos servicios le pueden ayudar"));
    }

    @Test
    void decliningAnOfferTwiceAtAChoiceIsTakenAsSaidAndNeverOffersAnAdvisor() {
        say("/start");
        say("sí");
        say("no necesito asesor");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("common.deny-noted", "es"));
        assertThat(data(last)).as("the question again").contains("sector:agribusiness");
        // before, each refusal was a miss, and the second in a row offered the advisor just turned down
        say("no gracias, no necesito ayuda");
        assertThat(data(last)).noneMatch(d -> d.startsWith("/asesor")).contains("sector:agribusiness");
    }

    /** Before, "yes please go ahead" read as "continue" and the whole notice came again. */
    @Test
    void goAheadAtTheConsentQuestionIsAYes() {
        chat.text(id, "/language");
        press("/idioma en");
        say("yes please go ahead");
        assertThat(data(last)).contains("sector:agribusiness");
    }

    @Test
    void acceptingInWordsAfterDecliningGivesConsent() {
        say("/start");
        say("no acepto");
        // before, "bueno, acepto" matched nothing on offer and the refusal was said again
        say("bueno, acepto");
        assertThat(data(last)).contains("sector:agribusiness");
    }

    /**
     * Before, a menu button of an earlier message ("Repetir el autodiagnóstico", even on the message that said the
     * data was erased) started the self-check and kept its answers though the consent question waited.
     */
    @Test
    void noWayIntoTheJourneyKeepsAnswersBeforeTheConsentQuestionIsAnswered() {
        String consentFirst = TestTexts.texts().get("common.consent-first", "es");
        say("/start");
        press("menu:selfcheck");
        assertThat(last.body().toString()).contains(consentFirst);
        assertThat(data(last)).containsExactly("consent:yes", "consent:no");
        say("/nuevo_reto");
        assertThat(last.body().toString()).contains(consentFirst);
        press("sc:L1:2");
        say("/mis_datos");
        assertThat(last.body().toString()).doesNotContain(TestTexts.texts().get("privacy.section.profile", "es"));

        press("consent:yes");
        press("sector:ict");
        assertThat(say("/borrar_datos").status()).isEqualTo(200);
        press("/borrar_datos si");
        assertThat(data(last)).as("after the erasure only the way back to the notice").containsExactly("/start");
        press("menu:selfcheck");
        assertThat(data(last)).containsExactly("consent:yes", "consent:no");
        say("/mis_datos");
        assertThat(last.body().toString()).doesNotContain(TestTexts.texts().get("privacy.section.profile", "es"));
    }

    /**
     * Before, "sí" to the erasure's question, asked while a challenge was being written, went into the challenge. A
     * bare "sí" does not erase (it is asked to tap); the erasure's own words answer that question.
     */
    @Test
    void aYesTypedToAQuestionAskedWhileAChallengeIsWrittenAnswersThatQuestion() {
        typedUpToTheUrgency("no me compran");
        assertThat(data(last)).as("still writing the challenge").isEmpty();
        say("quiero que borren mis datos");
        assertThat(data(last)).contains("/borrar_datos si");
        say("si");
        assertThat(data(last)).contains("/borrar_datos si");
        assertThat(last.body().toString()).doesNotContain("retiramos su autorización").doesNotContain("no me compran si");
        say("sí, borrar todo");
        assertThat(last.body().toString()).contains("retiramos su autorización");
        say("/mis_datos");
        assertThat(last.body().toString()).doesNotContain(TestTexts.texts().get("privacy.section.profile", "es"));
    }

    /**
     * Before, an English speaker stayed in Spanish: "/idioma en" tapped after a first "/language" was dropped for
     * the Spanish welcome, a first "do you speak English?" got it too, and "en inglés, por favor" asked which language.
     */
    @Test
    void aLanguageAskedForBeforeOrAtTheWelcomeIsTheOneTheWelcomeComesIn() {
        String englishNotice = TestTexts.texts().get("consent.notice", "en").replaceAll("<[^>]+>", "").lines().findFirst().orElseThrow();
        say("/language");
        press("/idioma en");
        assertThat(last.body().toString()).contains(englishNotice);

        id = "w" + UUID.randomUUID().toString().substring(0, 8);
        say("Hi, do you speak English?");
        assertThat(last.body().toString()).contains(englishNotice);
        assertThat(data(last)).contains("consent:yes");

        id = "w" + UUID.randomUUID().toString().substring(0, 8);
        say("/start");
        say("en inglés, por favor");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("language.changed", "en")).contains(englishNotice);
        say("/idioma");
        say("español");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("language.changed", "es"));
    }

    /** Before, "el 2" at the driver question showed the business summary, and "la primera" matched nothing. */
    @Test
    void anOptionNamedByItsPositionInWordsIsThatOption() {
        say("/start");
        say("sí");
        say("la primera");
        assertThat(data(last)).as("agribusiness taken, the size asked").contains("size:micro");
        say("somos cinco");
        say("Popayán");
        say("saltar");
        answeredTheSelfCheck();
        say("el 2");
        assertThat(last.body().toString()).contains(TestTexts.texts().get("challenge.build.question", "es").replaceAll("<[^>]+>", "").substring(0, 40))
                .doesNotContain("Resumen");
    }

    /** Before, "alguien" or "a veces alguien" typed at a self-check question opened a case at once. */
    @Test
    void anAnswerThatSoundsLikeAskingForAPersonIsAskedAboutBeforeACaseOpens() {
        typedProfile();
        String didYouMean = TestTexts.texts().get("common.did-you-mean-human", "es");
        say("a veces alguien");
        assertThat(last.body().toString()).contains(didYouMean).doesNotContain("registré su solicitud");
        assertThat(data(last)).containsExactly("/asesor", "/continuar");
        press("/continuar");
        assertThat(data(last)).contains("sc:L1:1");
        press("sc:L1:1");
        assertThat(last.body().toString()).contains("Pregunta 2 de 15");
        say("alguien");
        assertThat(last.body().toString()).contains(didYouMean).doesNotContain("registré su solicitud");
        assertThat(data(last)).containsExactly("/asesor", "/continuar");
        press("/continuar");
        assertThat(last.body().toString()).contains("Pregunta 2 de 15");
        say("quiero hablar con un asesor");
        assertThat(last.body().toString()).as("a clear request still opens a case").contains("registré su solicitud");
    }

    /** Consent and the profile, every answer tapped but the municipality, in that language's words. */
    private void tappedProfile(String lang) {
        say(lang.equals("es") ? "hola" : "hi");
        say(lang.equals("es") ? "sí" : "yes");
        press("sector:commerce");
        press("size:micro");
        say("Popayán");
        press("company:skip");
    }

    /** The fifteen self-check questions, each answered with its second option. */
    private void answeredTheSelfCheck() {
        for (int i = 0; i < 15; i++) {
            say("2");
        }
    }

    /** {@link #typedUpToTheUrgency}, then the ratings, the context skipped and the challenge confirmed: its list. */
    private void typedUpToTheList(String challenge) {
        typedUpToTheUrgency(challenge);
        say("alta");
        say("media");
        say("3");
        say("saltar");
        say("sí");
    }

    private static List<String> texts(Reply reply) {
        return reply.body().findValues("text").stream().map(tools.jackson.databind.JsonNode::asString).toList();
    }

    private void press(String button) {
        last = chat.button(id, button);
        assertThat(last.status()).isEqualTo(200);
        log.add(button);
    }

    /** A reply that leaves the person a button to tap: the next step's, or a menu. */
    private void forward(Reply reply) {
        last = reply;
        assertThat(data(reply)).as("buttons after %s", log.get(log.size() - 1)).isNotEmpty();
    }

    /** A reply that asks the person to type (the municipality, the challenge in their own words). */
    private void typing(Reply reply) {
        last = reply;
        assertThat(reply.body().size()).isPositive();
    }

    private static List<String> data(Reply reply) {
        List<String> data = new ArrayList<>();
        reply.body().forEach(m -> m.get("buttons").forEach(row -> row.forEach(b -> data.add(b.get("data").asString()))));
        return data;
    }

    private Reply say(String text) {
        Reply reply = chat.text(id, text);
        assertThat(reply.status()).isEqualTo(200);
        log.add(text);
        last = reply;
        return reply;
    }
}
