package co.aliada.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What fails before any controller (an unknown path, a sign-in the dashboard asks for, a body over the limit) answers
 * in the API's own shape, {@code {"error": "..."}}, whatever the client accepts: never a Whitelabel page or Spring's
 * default fields.
 */
@RestController
class ErrorAnswers implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, String>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND; // "/error" asked for directly: there is nothing there
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", said(status)));
    }

    private static String said(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "nothing here";
            case UNAUTHORIZED -> "sign in to see this";
            case FORBIDDEN -> "you are not allowed to see this";
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            case INTERNAL_SERVER_ERROR -> "something went wrong on our side; please try again";
            default -> status.getReasonPhrase().toLowerCase(Locale.ROOT);
        };
    }
}
