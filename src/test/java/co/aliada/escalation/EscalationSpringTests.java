package co.aliada.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.aliada.AliadaApplication;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a real H2 file: the user on /api/chat, the consultants' chat through the engine. */
class EscalationSpringTests {

    private static final String GROUP = "tg:-100123";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aCaseOpenedOverTheWebChatSurvivesARestartAndKeepsRelaying() throws Exception {
        String card;
        try (ConfigurableApplicationContext first = start()) {
            post(first, "{\"text\": \"/start\"}");
            post(first, "{\"button\": \"consent:yes\"}");
            JsonNode asked = post(first, "{\"text\": \"/asesor\"}");
            // nobody can answer a web chat live: the case opens once the person leaves a way to reach them
            assertThat(asked.toString()).contains("le paso con una persona").doesNotContain("#caso-1");
            assertThat(delivered(first)).isEmpty();
            JsonNode opened = post(first, "{\"text\": \"ana.gomez@example.com\"}");

            assertThat(opened.toString()).doesNotContain("#caso-1");
            assertThat(delivered(first)).extracting(Outbound::chat).containsExactly(GROUP, GROUP);
            assertThat(delivered(first).get(0).plainText()).contains("Nuevo caso #caso-1", "pidió un asesor",
                    "Contacto (chat web, sin respuesta en vivo): ana.gomez@example.com");
            assertThat(delivered(first).get(1).document().fileName()).isEqualTo("caso-1.txt");
            card = delivered(first).get(0).plainText();

            List<Outbound> taken = consultant(first, Inbound.Kind.BUTTON, "case:take:1", null);
            assertThat(taken).filteredOn(o -> o.chat().equals("web:ana")).singleElement()
                    .satisfies(o -> assertThat(o.plainText()).contains("El equipo asesor tomó su caso"));
            assertThat(first.getBean(EscalationProperties.class).remindAfter()).isEqualTo(Duration.ofMinutes(45));
        }
        try (ConfigurableApplicationContext second = start()) {
            JsonNode noted = post(second, "{\"text\": \"¿Sigue ahí?\"}");
            assertThat(noted.size()).as("a local chat only hears that its message was kept").isEqualTo(1);
            assertThat(noted.get(0).path("text").asString()).startsWith("Anotado");
            // a web chat's words stay with its case (the consultant reaches the person by the contact left)
            assertThat(delivered(second)).isEmpty();
            assertThat(second.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                    "select text from escalation_case_message where case_id = 1 and from_user", String.class)).contains("¿Sigue ahí?");

            List<Outbound> answer = consultant(second, Inbound.Kind.TEXT, "Sí, aquí estoy", card);
            assertThat(answer).filteredOn(o -> o.chat().equals("web:ana")).singleElement()
                    .satisfies(o -> assertThat(o.plainText()).contains("El equipo asesor: Sí, aquí estoy"));

            List<Outbound> closed = consultant(second, Inbound.Kind.BUTTON, "case:end:1:resolved", null);
            assertThat(closed).filteredOn(o -> o.chat().equals("web:ana")).isNotEmpty();
            assertThat(post(second, "{\"text\": \"hola\"}").size()).isPositive();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AliadaApplication.class, TestBeans.class).run(
                "--server.port=0", "--aliada.telegram.token=", "--aliada.telegram.consultants-chat-id=-100123",
                "--aliada.escalation.remind-after=45m",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("aliada") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private JsonNode post(ConfigurableApplicationContext ctx, String body) throws Exception {
        String port = ctx.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/ana"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<Outbound> consultant(ConfigurableApplicationContext ctx, Inbound.Kind kind, String payload, String replyTo) {
        return ctx.getBean(ConversationEngine.class).handle(new Inbound(GROUP, "501", "Carlos Andrés", "es", kind, payload, null, replyTo));
    }

    private static List<Outbound> delivered(ConfigurableApplicationContext ctx) {
        return ctx.getBean(RecordingDelivery.class).messages;
    }

    static final class RecordingDelivery implements Delivery {
        final List<Outbound> messages = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(List<Outbound> out) {
            messages.addAll(out);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        RecordingDelivery recordingDelivery() {
            return new RecordingDelivery();
        }

        @Bean
        @Primary
        Clock wednesdayMorningInBogota() {
            return Clock.fixed(EscalationHarness.WEDNESDAY_10, ZoneOffset.UTC);
        }
    }
}
