package co.aliada.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Webhook mode: Telegram POSTs each update here with the agreed secret in a header. */
@RestController
@Conditional(OnTelegramToken.Webhook.class)
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramUpdates updates;
    private final byte[] secret;

    TelegramWebhookController(TelegramUpdates updates, TelegramProperties properties) {
        this.updates = updates;
        String configured = properties.webhookSecret();
        this.secret = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
        Secrets.register(configured);
        if (secret == null) {
            log.warn("Telegram webhook mode without aliada.telegram.webhook-secret: every update is refused");
        }
    }

    @PostMapping("${aliada.telegram.webhook-path:/telegram/webhook}")
    ResponseEntity<Map<String, String>> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 HttpServletRequest request) {
        // the secret first: the body (capped in size at the edge) is read only for Telegram
        if (secret == null || given == null
                || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return refused(401, "missing or wrong " + SECRET_HEADER);
        }
        Update update;
        try {
            update = JSON.readValue(request.getInputStream(), Update.class);
        } catch (Exception e) {
            log.debug("webhook body is not an update: {}", Secrets.describe(e));
            return refused(400, "the body is not a Telegram update");
        }
        // 200 only once the update is committed: a crash before it makes Telegram send the update again
        try {
            updates.accept(update).join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // the database is away (or the app is stopping): not handled, so Telegram must send it again
            return refused(503, "not handled now; send it again");
        }
        return ResponseEntity.ok().build();
    }

    /** An error in the API's own shape, {@code {"error": "..."}}, as every other endpoint answers one. */
    private static ResponseEntity<Map<String, String>> refused(int status, String error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", error));
    }
}
