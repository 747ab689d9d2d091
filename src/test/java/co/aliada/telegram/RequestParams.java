package co.aliada.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads a Bot API request's parameters from a JSON body or a multipart form (files become their names). */
final class RequestParams {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE = Pattern.compile("filename=\"([^\"]*)\"");

    private RequestParams() {
    }

    static Map<String, JsonNode> read(HttpExchange exchange) throws IOException {
        return read(exchange, new LinkedHashMap<>());
    }

    /** Also keeps each uploaded file's bytes in {@code files}, by the part's name. */
    static Map<String, JsonNode> read(HttpExchange exchange, Map<String, byte[]> files) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, JsonNode> params = new LinkedHashMap<>();
        if (body.length == 0) {
            return params;
        }
        if (type.startsWith("multipart/")) {
            String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
            multipart(new String(body, StandardCharsets.ISO_8859_1), boundary, params, files);
            params.replaceAll((name, value) -> value.asString().startsWith("attach://")
                    && params.containsKey(value.asString().substring("attach://".length()))
                    ? params.get(value.asString().substring("attach://".length())) : value);
        } else {
            UpdateJson.JSON.readTree(body).properties().forEach(entry -> params.put(entry.getKey(), entry.getValue()));
        }
        return params;
    }

    private static void multipart(String body, String boundary, Map<String, JsonNode> params,
                                  Map<String, byte[]> files) {
        for (String part : body.split("--" + Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            String raw = part.substring(split + 4);
            String value = raw.endsWith("\r\n") ? raw.substring(0, raw.length() - 2) : raw;
            Matcher file = FILE.matcher(headers);
            boolean isFile = file.find();
            if (isFile) {
                files.put(name.group(1), value.getBytes(StandardCharsets.ISO_8859_1));
            }
            String text = isFile
                    ? "file:" + file.group(1) + ":" + value.length() + " bytes"
                    : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            params.put(name.group(1), JsonNodeFactory.instance.stringNode(text));
        }
    }
}
