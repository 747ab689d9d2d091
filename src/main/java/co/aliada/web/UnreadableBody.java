package co.aliada.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a body the API could not read, said so that the client can mend it: a field of the
 * wrong type is named with the type it must have ({@code lang must be a string}); a body that is no JSON at all (cut
 * short, or not UTF-8) is told so; anything else (an array, a string) is told that the body must be a JSON object.
 */
final class UnreadableBody {

    static final String NOT_AN_OBJECT = "the body must be a JSON object";
    static final String NOT_JSON = "the body is not valid JSON (UTF-8): " + NOT_AN_OBJECT;

    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBER = Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class);

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        MismatchedInputException mismatch = cause(e, MismatchedInputException.class);
        if (mismatch == null && cause(e, StreamReadException.class) != null) {
            return NOT_JSON; // {"text": cut short, or "café" in Latin-1: "must be a JSON object" sent the client looking elsewhere
        }
        if (mismatch == null || mismatch.getPath().isEmpty()) {
            return NOT_AN_OBJECT;
        }
        String field = field(mismatch.getPath());
        String type = typeOf(mismatch.getTargetType());
        return type == null ? field + " has the wrong type" : field + " must be " + type;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    /** The field as the client wrote it: {@code limit}, or {@code items[2].name} inside a list. */
    private static String field(List<JacksonException.Reference> path) {
        return path.stream().map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String typeOf(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (WHOLE.contains(target)) {
            return "a whole number";
        }
        if (NUMBER.contains(target)) {
            return "a number";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        return null;
    }
}
