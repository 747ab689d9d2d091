package co.aliada.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every API error is a short JSON {@code {"error": "..."}}, never a stack trace; in JSON whatever the client said it
 * accepts (an {@code Accept: application/xml} must not turn a 400 into a failure of ours).
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", UnreadableBody.describe(e)));
    }

    /** A method the path does not take: 405 with its {@code Allow} header, in the API's own shape rather than Spring's. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        var allowed = e.getSupportedHttpMethods();
        String use = allowed == null || allowed.isEmpty() ? ""
                : "; use " + allowed.stream().map(HttpMethod::name).collect(Collectors.joining(" or "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMethod() + " is not allowed here" + use));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "send JSON with Content-Type: application/json"));
    }

    /** The database is away: the message was not taken; the client may send it again in a moment. */
    @ExceptionHandler(co.aliada.conversation.StoreUnavailableException.class)
    ResponseEntity<Map<String, String>> storeUnavailable(co.aliada.conversation.StoreUnavailableException e) {
        log.warn("request not handled, the database is not answering: {}", e.getCause() == null ? "" : e.getCause().getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "we cannot take messages right now; please send it again in a moment"));
    }

    /** A status a controller chose (the dashboard off: 404) is that status, not a failure of ours. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        String reason = e.getReason() != null ? e.getReason() : status != null ? status.getReasonPhrase() : "error";
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", reason.toLowerCase(java.util.Locale.ROOT)));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException e) {
        log.error("request failed: {}", co.aliada.conversation.LogSafe.failure(e));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "something went wrong on our side; please try again"));
    }
}
