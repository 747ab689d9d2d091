package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.aliada.web.ChatClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

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

    @BeforeEach
    void setUp() {
        chat = new ChatClient(port);
        id = "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void typingEveryAnswerWalksFromStartToARecommendationWithAWayForwardAfterEachReply() {
        say("/start");
        say("sí");
        say("agro");
        say("1");
        say("Popayán");
        say("saltar");
        String[] answers = {"2", "3️⃣", "2", "1", "2", "4", "3", "2", "2️⃣", "1", "2", "2", "1", "3", "2"};
        for (String answer : answers) {
            say(answer);
        }
        log.clear();
        say("problema");
        say("Se nos pierde mucho café en la poscosecha y los compradores pagan menos por la calidad");
        say("alta");
        say("2");
        say("3");
        say("saltar");
        say("sí");
        say("👍");
        say("👎");
        say("ayuda");
        System.out.println(String.join("\n", log));
    }

    private Reply say(String text) {
        Reply reply = chat.text(id, text);
        assertThat(reply.status()).isEqualTo(200);
        log.add(">> " + text);
        reply.body().forEach(m -> log.add("<< " + m.get("text").asString().replace("\n", " / ") + "  " + buttons(m)));
        return reply;
    }

    private static List<String> buttons(JsonNode message) {
        List<String> data = new ArrayList<>();
        message.get("buttons").forEach(row -> row.forEach(b -> data.add(b.get("text").asString() + "=" + b.get("data").asString())));
        return data;
    }
}
