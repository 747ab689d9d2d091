package co.aliada.web;

/** A request the API cannot take; answered as {@code 400 {"error": "..."}}. */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
