package co.aliada.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** {@code GET /}: the small web chat over {@code /api/chat}, its few words in the browser's language. */
@RestController
class WebChatPage {

    private static final String TEMPLATE = "/web/chat.html";
    private static final List<String> WORDS = List.of(
            "title", "placeholder", "send", "new", "sending", "retrying", "failed", "document");

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

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        String lang = Texts.language(accept);
        Texts words = texts.current().content();
        String html = template.replace("{{lang}}", lang);
        for (String word : WORDS) {
            html = html.replace("{{" + word + "}}", Html.escape(words.get("web." + word, lang)));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
