package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/chat/{id}}: the conversation so far, so that the web page shows it again after a reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:chat-api;DB_CLOSE_DELAY=-1"})
class ChatHistoryTests {

    @LocalServerPort
    int port;
    @Autowired
    ChatHistoryStore history;
    @Autowired
    TransactionTemplate tx;
    ChatClient chat;
    String id;

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "h" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void answersTheConversationOldestFirstWithThePersonsOwnMessagesAndAPressAsItsLabel() {
        chat.text(id, "/start");
        chat.button(id, "consent:yes");
        chat.text(id, "agro");

        JsonNode got = get(id);
        assertThat(got.get(0).get("from").asString()).isEqualTo("user");
        assertThat(got.get(0).get("text").asString()).isEqualTo("/start");
        assertThat(got.get(1).get("text").asString()).isEqualTo(plain("start.greeting", "es"));
        assertThat(got.get(1).has("from")).isFalse();
        assertThat(got.get(1).get("buttons").isArray()).isTrue();
        JsonNode notice = got.get(2);
        assertThat(notice.get("text").asString()).isEqualTo(plain("consent.notice", "es"));
        assertThat(notice.get("buttons").get(0).get(0).get("data").asString()).isEqualTo("consent:yes");
        assertThat(got.get(3).get("from").asString()).isEqualTo("user");
        assertThat(got.get(3).get("text").asString()).isEqualTo(plain("consent.button.accept", "es"));
        assertThat(got.get(4).get("text").asString()).isEqualTo(plain("consent.accepted", "es"));
        assertThat(got.get(5).get("text").asString()).isEqualTo(plain("profile.sector.question", "es"));
        assertThat(got.get(6).get("from").asString()).isEqualTo("user");
        assertThat(got.get(6).get("text").asString()).isEqualTo("agro");
        assertThat(got.get(7).get("text").asString()).as("a sector read from a word is said back")
                .isEqualTo(plain("common.choice.taken", "es", "label", plain("sector.agribusiness", "es")));
        assertThat(got.get(8).get("text").asString()).isEqualTo(plain("profile.size.question", "es"));
        assertThat(got).hasSize(9);
    }

    @Test
    void anUnknownConversationIsEmptyAndABadIdIsRefused() {
        HttpResponse<String> unknown = chat.get("/api/chat/nobody-here", null);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo("[]");
        assertThat(chat.get("/api/chat/bad%20id", null).statusCode()).isEqualTo(400);
    }

    @Test
    void tellsTheChatsLanguageSoThePageFollowsIt() {
        chat.text(id, "/start");
        assertThat(chat.get("/api/chat/" + id, null).headers().firstValue("Content-Language")).contains("es");
        chat.text(id, "/idioma en");
        assertThat(chat.get("/api/chat/" + id, null).headers().firstValue("Content-Language")).contains("en");
    }

    @Test
    void aMessageForThisChatFromAnotherChatsTurnJoinsItsHistory() {
        chat.text(id, "/start");
        int before = get(id).size();
        // what a consultant's reply in the consultants' group produces for a web user
        tx.executeWithoutResult(status -> history.keep(Inbound.text("tg:-100", "Hola"), "Hola",
                List.of(Outbound.text("web:" + id, "<b>Ana (asesora):</b> ya reviso su caso")), false));
        JsonNode got = get(id);
        assertThat(got).hasSize(before + 1);
        assertThat(got.get(before).get("text").asString()).isEqualTo("Ana (asesora): ya reviso su caso");
        assertThat(get("-100")).isEmpty();
    }

    @Test
    void theChartOfTheHistoryIsServedByItsLink() {
        JsonNode got;
        chat.text(id, "/start");
        chat.button(id, "consent:yes");
        for (String answer : List.of("1", "1", "Popayán", "saltar")) {
            chat.text(id, answer);
        }
        for (int i = 0; i < 15; i++) {
            chat.text(id, "2");
        }
        got = get(id);
        String image = got.findValues("image").get(0).asString();
        HttpResponse<String> picture = chat.get(image, null);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void freeTextTypedBeforeConsentIsNotKeptButTheBotsNoticeIs() {
        chat.text(id, "/start");
        chat.text(id, "mi cedula es 10612345");

        JsonNode got = get(id);
        assertThat(got.toString()).doesNotContain("10612345").contains("consent:yes");
        assertThat(got.get(0).get("text").asString()).isEqualTo("/start");
    }

    private JsonNode get(String conversation) {
        HttpResponse<String> response = chat.get("/api/chat/" + conversation, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return ChatClient.JSON.readTree(response.body());
    }
}
