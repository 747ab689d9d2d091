package co.aliada.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Talks to {@code /api/chat} over real HTTP, as the web page does. */
final class ChatClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ChatClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Reply(int status, JsonNode body) {

        List<String> texts() {
            List<String> texts = new ArrayList<>();
            body.forEach(reply -> texts.add(reply.get("text").asString()));
            return texts;
        }

        JsonNode last() {
            return body.get(body.size() - 1);
        }

        /** Every message's text, one a line. */
        String allText() {
            StringBuilder text = new StringBuilder();
            body.forEach(reply -> text.append(reply.get("text").asString()).append('\n'));
            return text.toString();
        }

        /** The data of every button under every message. */
        List<String> allButtonData() {
            List<String> data = new ArrayList<>();
            body.forEach(reply -> reply.get("buttons").forEach(row -> row.forEach(button -> data.add(button.get("data").asString()))));
            return data;
        }

        List<String> lastButtonData() {
            List<String> data = new ArrayList<>();
            last().get("buttons").forEach(row -> row.forEach(button -> data.add(button.get("data").asString())));
            return data;
        }
    }

    Reply text(String conversation, String text) {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        return post(conversation, body.toString());
    }

    Reply button(String conversation, String data) {
        return post(conversation, JSON.createObjectNode().put("button", data).toString());
    }

    Reply post(String conversation, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/chat/" + conversation))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(request);
    }

    HttpResponse<String> get(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
