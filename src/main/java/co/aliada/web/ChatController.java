package co.aliada.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The local REST chat: the same engine and state machine as Telegram, for trying the bot without it. */
@RestController
class ChatController {

    static final String CHANNEL = "web:";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
    private static final Pattern EVENT = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final String SEND = "send {\"text\": \"...\"} or {\"button\": \"<data>\"}";
    /**
     * Telegram's longest message. A longer text is cut one character beyond it: the bot still says it is too long
     * (or keeps the start of a challenge, and says so), and neither the turn nor the history carries a megabyte
     * (a text near the body limit failed the turn's history write and cost seconds of CPU).
     */
    static final int MAX_TEXT = 4096;

    private final ConversationEngine engine;
    private final MediaStore media;
    private final ObjectProvider<Delivery> delivery;
    private final ChatHistoryStore history;

    ChatController(ConversationEngine engine, MediaStore media, ObjectProvider<Delivery> delivery,
                   ChatHistoryStore history) {
        this.engine = engine;
        this.media = media;
        this.delivery = delivery;
        this.history = history;
    }

    /**
     * The conversation so far, oldest first, as the POST answers each reply (and the person's own
     * messages as {@code {"from": "user", "text"}}), so that a reload shows it again. A conversation
     * nobody started is simply empty.
     */
    @GetMapping("/api/chat/{conversationId}")
    ResponseEntity<List<JsonNode>> history(@PathVariable String conversationId) {
        if (!ID.matcher(conversationId).matches()) {
            throw new BadRequest("conversationId must be 1 to 60 letters, digits, '.', '_' or '-'");
        }
        String chat = CHANNEL + conversationId;
        return withLanguage(chat, history.messages(chat));
    }

    /** The chat's language in {@code Content-Language}, so the page's own words follow the conversation's. */
    private <T> ResponseEntity<T> withLanguage(String chat, T body) {
        return inLanguage(history.language(chat), body);
    }

    private static <T> ResponseEntity<T> inLanguage(String lang, T body) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        return (lang == null ? ok : ok.header(HttpHeaders.CONTENT_LANGUAGE, lang)).body(body);
    }

    /**
     * What the page or a client sends: a text (a leading slash makes it a command) or a button's data;
     * an optional {@code eventId} makes a retried request count once. Text and button are read as any JSON
     * value so that a number or a boolean is refused, as the other endpoints refuse it, not coerced to "5".
     * The request's form is checked here (400); what a text says is the bot's to answer, as on Telegram: an empty or
     * blank text gets its kind answer (or, as a chat's first message, the welcome) with a 200, like an over-long one.
     */
    record ChatRequest(Object text, Object button, String lang, String eventId) {
    }

    @PostMapping("/api/chat/{conversationId}")
    ResponseEntity<List<Map<String, Object>>> chat(@PathVariable String conversationId, @RequestBody ChatRequest request,
                         @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        if (!ID.matcher(conversationId).matches()) {
            throw new BadRequest("conversationId must be 1 to 60 letters, digits, '.', '_' or '-'");
        }
        if (request == null) {
            throw new BadRequest(SEND);
        }
        Inbound in = toInbound(CHANNEL + conversationId, request)
                .withLangHint(request.lang() != null ? request.lang() : acceptLanguage);
        if (request.eventId() != null) {
            if (!EVENT.matcher(request.eventId()).matches()) {
                throw new BadRequest("eventId must be 1 to 40 letters, digits, '.', '_' or '-'");
            }
            // scoped to the conversation and kept within the store's 64 characters
            in = in.withEventId(CHANNEL + UUID.nameUUIDFromBytes(
                    (conversationId + "/" + request.eventId()).getBytes(StandardCharsets.UTF_8)));
        }
        String[] lang = new String[1];
        List<Outbound> replies = engine.handle(in, turnLang -> lang[0] = turnLang);
        // messages for other chats (a case card for the consultants) go out through their own channel
        String chat = in.chat();
        List<Outbound> elsewhere = replies.stream().filter(out -> !out.chat().equals(chat)).toList();
        if (!elsewhere.isEmpty()) {
            delivery.orderedStream().forEach(channel -> channel.deliver(elsewhere));
        }
        // one reply as the contract gives it; "html" keeps the formatting for the web page
        // the language as the turn left it; read back only when no turn ran (a retried event, a failed turn)
        var body = replies.stream().filter(out -> out.chat().equals(chat))
                .map(out -> MessageView.bot(out, file -> media.put(out.chat(), file))).toList();
        return lang[0] != null ? inLanguage(lang[0], body) : withLanguage(chat, body);
    }

    private static Inbound toInbound(String chat, ChatRequest request) {
        if (request.text() != null && !(request.text() instanceof String)
                || request.button() != null && !(request.button() instanceof String)) {
            throw new BadRequest(SEND + ": text and button must be strings");
        }
        if (request.text() != null && request.button() != null) {
            // {"text": "no acepto", "button": "consent:yes"} said two things; the button silently won, consent included
            throw new BadRequest(SEND + ", not both");
        }
        if (request.button() instanceof String button && !button.isBlank()) {
            return Inbound.button(chat, button);
        }
        if (!(request.text() instanceof String text)) {
            // a press carries its button's data (Telegram's is never empty); an empty one is no press at all
            throw new BadRequest(request.button() == null ? SEND : "button must be a button's data, not empty: " + SEND);
        }
        String said = cut(text);
        if (said.startsWith("/") && said.length() > 1 && !said.startsWith("//")) {
            return Inbound.command(chat, said.substring(1));
        }
        return Inbound.text(chat, said);
    }

    /** The text as far as one character beyond {@link #MAX_TEXT}, never halving an emoji. */
    static String cut(String text) {
        if (text.length() <= MAX_TEXT + 1) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT)) ? MAX_TEXT : MAX_TEXT + 1;
        return text.substring(0, end);
    }
}
