package co.aliada.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.content.ContentPart;
import co.aliada.conversation.Html;
import co.aliada.conversation.Texts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /}: the small web chat over {@code /api/chat}, its few words in the browser's language. */
@RestController
class WebChatPage {

    private static final String TEMPLATE = "/web/chat.html";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The page's words by their name in the page, and their key in {@code intents/texts/web.yml}. */
    private static final Map<String, String> WORDS = words();

    private final ContentPart<Texts> texts;
    private final String template;

    WebChatPage(ContentPart<Texts> texts) {
        this.texts = texts;
        try (InputStream in = WebChatPage.class.getResourceAsStream(TEMPLATE)) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> words() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String name : List.of("title", "placeholder", "send", "new", "sending", "retrying", "busy", "failed", "document")) {
            words.put(name, "web." + name);
        }
        words.put("newConfirm", "web.new.confirm");
        words.put("newYes", "web.new.yes");
        words.put("newNo", "web.new.no");
        return words;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        String lang = Texts.language(accept);
        Texts words = texts.current().content();
        String html = template.replace("{{lang}}", lang);
        // both languages go with the page, so that its frame follows the chat when /idioma switches it
        Map<String, Map<String, String>> both = new LinkedHashMap<>();
        for (String language : List.of(Texts.SPANISH, Texts.ENGLISH)) {
            Map<String, String> inLanguage = new LinkedHashMap<>();
            WORDS.forEach((name, key) -> inLanguage.put(name, words.get(key, language)));
            both.put(language, inLanguage);
        }
        for (Map.Entry<String, String> word : WORDS.entrySet()) {
            html = html.replace("{{" + word.getKey() + "}}", Html.escape(words.get(word.getValue(), lang)));
        }
        html = html.replace("{{words}}", Html.escape(JSON.writeValueAsString(both)));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
