package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import co.aliada.web.ChatClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class ChatApiTests {

    private static final List<String> SECTORS = List.of("sector:agribusiness", "sector:commerce", "sector:ict",
            "sector:manufacturing", "sector:construction", "sector:tourism", "sector:other");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ChatClient chat;
    String id;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void startGreetsAndOffersTheConsentButtons() {
        Reply reply = chat.text(id, "/start");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.texts()).containsExactly(plain("start.greeting", "es"), plain("consent.notice", "es"));
        assertThat(reply.lastButtonData()).containsExactly("consent:yes", "consent:no");
        assertThat(reply.last().get("buttons").get(0).get(0).get("text").asString())
                .isEqualTo(plain("consent.button.accept", "es"));
        assertThat(reply.last().has("image")).isFalse();
    }

    @Test
    void theDashboardWithoutAPasswordIsNotFoundNotAnError() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/admin")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("something went wrong");
    }

    @Test
    void turnsAreCountedInThePrometheusMetrics() throws Exception {
        chat.text(id, "/start");
        var http = java.net.http.HttpClient.newHttpClient();
        var scrape = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("aliada_turns_seconds_count{kind=\"command\",outcome=\"ok\"");
    }

    @Test
    void acceptingConsentAsksTheFirstProfileQuestionWithSectorButtons() {
        chat.text(id, "/start");
        Reply reply = chat.button(id, "consent:yes");
        assertThat(reply.texts()).containsExactly(plain("consent.accepted", "es"), plain("profile.sector.question", "es"));
        assertThat(reply.lastButtonData()).containsExactlyElementsOf(SECTORS);
    }

    @Test
    void theLangFieldChoosesEnglishOnTheFirstMessage() {
        Reply reply = chat.post(id, "{\"text\": \"/start\", \"lang\": \"en-GB\"}");
        assertThat(reply.texts().get(0)).isEqualTo(plain("start.greeting", "en"));
    }

    @Test
    void aFirstMessageWrittenInEnglishIsAnsweredInEnglishWithoutAnyLanguageSetting() {
        // a question about the bot: "can you help me sell my coffee online?" tells a need, held above the notice
        Reply reply = chat.text(id, "Hello, how does this work?");
        assertThat(reply.texts()).containsExactly(plain("start.greeting", "en"), plain("consent.notice", "en"));
        assertThat(chat.get("/api/chat/" + id, null).headers().firstValue("Content-Language")).hasValue("en");
    }

    /** "que es la ley 1581?" at the consent question leans to /borrar_datos: it asked "¿Seguro que quiere borrar…?". */
    @ParameterizedTest
    @ValueSource(strings = {"que es la ley 1581?", "para que usan mis datos?"})
    void aQuestionAboutTheDataAtTheConsentQuestionIsAnsweredThere(String question) {
        chat.text(id, "/start");
        Reply reply = chat.text(id, question);
        assertThat(reply.texts()).containsExactly(plain("consent.explained", "es"));
        assertThat(reply.lastButtonData()).containsExactly("consent:yes", "consent:no");
    }

    static Stream<Arguments> invalidAtEachStep() {
        String[][] steps = {
                {"profile.sector.question", "common.tap-an-option", "consent:yes"},
                {"profile.size.question", "common.tap-an-option", "sector:ict"},
                {"profile.municipality.question", "profile.municipality.invalid", "size:micro"},
                {"profile.company.question", "profile.company.invalid", "Popayán"}};
        return Stream.of(steps).flatMap(step -> Stream.of(
                Arguments.of(step[0], step[2], "{\"text\": \"perro verde 123\"}", step[1]),
                Arguments.of(step[0], step[2], "{\"text\": \"\"}", "common.empty"),
                Arguments.of(step[0], step[2], "{\"text\": \"" + "ñ".repeat(5000) + "\"}",
                        step[1].startsWith("common") ? "common.too-long" : step[1]),
                // a button that is not the question's: taken for an earlier message's, still on screen
                Arguments.of(step[0], step[2], "{\"button\": \"nothing:here\"}", "common.stale-button")))
                .filter(a -> !(a.get()[0].equals("profile.company.question") && a.get()[2].toString().contains("perro")));
    }

    @ParameterizedTest(name = "{0} ← {2}")
    @MethodSource("invalidAtEachStep")
    void invalidInputAtAProfileStepGetsAKindAnswerAndTheStepIsKept(String question, String answerBefore,
                                                                   String body, String kindKey) {
        walkUpTo(answerBefore);
        Reply reply = chat.post(id, body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.texts().get(0)).startsWith(plain(kindKey, "es").split("\\{max}")[0]);
        assertThat(reply.texts()).last().isEqualTo(plain(question, "es"));
        assertThat(chat.text(id, "/continuar").texts()).containsExactly(plain(question, "es"));
    }

    private void walkUpTo(String lastAnswer) {
        List<String> answers = List.of("consent:yes", "sector:ict", "size:micro", "Popayán");
        chat.text(id, "/start");
        for (String answer : answers.subList(0, answers.indexOf(lastAnswer) + 1)) {
            Reply reply = answer.contains(":") ? chat.button(id, answer) : chat.text(id, answer);
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "not json", "[]", "null", "{}", "{\"lang\": \"es\"}", "{\"button\": \"\"}",
            "{\"text\": \"hola\", \"eventId\": \"has spaces\"}"})
    void aMalformedBodyIsA400WithAnError(String body) {
        Reply reply = chat.post(id, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).isNotBlank();
    }

    /** "{"text":" cut short was told "the body must be a JSON object", which sent the client looking at its shape. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "{\"text\": \"hola\"", "not json"})
    void aBodyThatIsNoJsonIsToldSo(String body) {
        Reply reply = chat.post(id, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).contains("not valid JSON");
    }

    /** {"text": "no acepto", "button": "consent:yes"} gave consent: the button silently won over the words. */
    @Test
    void aTextAndAButtonInOneRequestIsA400AndChangesNothing() {
        chat.text(id, "hola");

        Reply reply = chat.post(id, "{\"text\": \"no acepto\", \"button\": \"consent:yes\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).contains("not both");
        assertThat(jdbc.queryForObject("select consent from chat_state where chat = ?", String.class, "web:" + id)).isNotEqualTo("ACCEPTED");
    }

    /**
     * A text near the body limit (a megabyte of letters) failed the turn ("algo falló de nuestro lado") when its history
     * row was written, and over-long texts the bot refused were kept whole in the history the page reloads.
     */
    @Test
    void aTextFarOverTelegramsLengthIsRefusedKindlyAndNotKeptWhole() {
        chat.text(id, "hola");
        chat.button(id, "consent:yes");

        Reply reply = chat.text(id, "z".repeat(999_000));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(String.join("\n", reply.texts())).contains("4096").doesNotContain("algo falló");
        assertThat(chat.get("/api/chat/" + id, null).body().length()).as("the history the page reloads").isLessThan(20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"hola\", \"eventId\": [1]}", "{\"text\": \"hola\", \"lang\": {\"es\": true}}"})
    void aFieldOfTheWrongTypeIsNamedInTheError(String body) {
        Reply reply = chat.post(id, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).containsPattern("(eventId|lang) must be a string")
                .doesNotContain("JSON object");
    }

    /** A button press carries its data: an empty one is no press, and the error says so by name. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"button\": \"\"}", "{\"button\": \"  \"}"})
    void anEmptyButtonIsA400ThatNamesTheButton(String body) {
        Reply reply = chat.post(id, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).contains("button must be");
    }

    /**
     * A text is a message whatever it holds, as on Telegram: an empty or blank one is answered by the bot, kindly,
     * as a 200 (a first one starts the conversation, as any first message does); only a request with no message is a 400.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyTextIsAMessageTheBotAnswersKindly(String blank) {
        Reply first = chat.text(id, blank);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.texts()).last().isEqualTo(plain("consent.notice", "es"));

        Reply later = chat.text(id, blank);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.texts()).first().isEqualTo(plain("common.empty", "es"));
        assertThat(later.texts()).last().isEqualTo(plain("consent.notice", "es"));

        Reply none = chat.post(id, "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().get("error").asString()).contains("text", "button");
    }

    /** Any method the API does not take answers 405 in the API's own error shape, with the methods it does take. */
    @ParameterizedTest
    @ValueSource(strings = {"PUT /api/chat/abc", "DELETE /api/chat/abc", "PATCH /api/match", "GET /api/match",
            "PUT /api/intent", "DELETE /api/catalog"})
    void anUnsupportedMethodIsA405InTheApisOwnErrorShape(String request) throws Exception {
        String[] parts = request.split(" ");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + parts[1]))
                        .header("Content-Type", "application/json")
                        .method(parts[0], java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\": \"hola\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).isPresent();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
        assertThat(body.propertyNames()).containsExactly("error");
        assertThat(body.get("error").asString()).contains(parts[0], response.headers().firstValue("Allow").orElseThrow().split(",")[0].strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%20b", "a%3Cb%3E", "tg%3A1",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aBadConversationIdIsA400WithAnError(String conversation) {
        Reply reply = chat.text(conversation, "/start");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asString()).contains("conversationId");
    }

    @Test
    void conversationIdsAreKeptApartFromTelegramChats() {
        String numeric = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        chat.text(numeric, "/start");
        chat.button(numeric, "consent:yes");
        List<String> keys = jdbc.queryForList("select chat from chat_state where chat like ?", String.class,
                "%" + numeric);
        assertThat(keys).containsExactly("web:" + numeric);
    }

    @Test
    void aRetriedRequestWithTheSameEventIdIsHandledOnce() {
        chat.text(id, "/start");
        String accept = "{\"button\": \"consent:yes\", \"eventId\": \"e1\"}";
        assertThat(chat.post(id, accept).texts()).isNotEmpty();
        chat.button(id, "sector:commerce");

        Reply again = chat.post(id, accept);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().size()).isZero();
        assertThat(chat.text(id, "/continuar").texts()).containsExactly(plain("profile.size.question", "es"));
    }

    @Test
    void theSameEventIdInAnotherConversationIsANewMessage() {
        chat.text(id, "/start");
        chat.post(id, "{\"button\": \"consent:yes\", \"eventId\": \"same\"}");
        String other = id + "b";
        chat.text(other, "/start");
        assertThat(chat.post(other, "{\"button\": \"consent:yes\", \"eventId\": \"same\"}").texts())
                .contains(plain("profile.sector.question", "es"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US,en;q=0.9", "es-CO,es;q=0.9", ""})
    void thePageIsSmallAndInTheBrowsersLanguage(String acceptLanguage) {
        String lang = acceptLanguage.startsWith("en") ? "en" : "es";
        java.net.http.HttpResponse<String> page = chat.get("/", acceptLanguage.isEmpty() ? null : acceptLanguage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"" + lang + "\">", "name=\"viewport\"",
                        "placeholder=\"" + plain("web.placeholder", lang) + "\"", "<script src=\"chat.js\"")
                .doesNotContain("{{").doesNotContain("<script>");
        assertThat(page.body().length()).isLessThan(12_000);
        // the script is a static file of its own, so that a CSP of script-src 'self' lets it run
        assertThat(chat.get("/chat.js", null).body()).contains("api/chat/");
    }
}
