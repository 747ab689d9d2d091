package co.aliada.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * What an institution's {@code website} and {@code contact} may be. They reach people as links and in
 * {@code /api/match}, so a typo ({@code htps//www}) would be a dead end and a {@code javascript:} link a
 * hazard: a website is an http(s) address; a contact is one, an e-mail or a phone number.
 */
final class ContactPoints {

    private static final Pattern EMAIL = Pattern.compile("(mailto:)?[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/.]+");
    private static final Pattern PHONE = Pattern.compile("(tel:)?\\+?[0-9 ()./-]+(\\s*(ext\\.?|x)\\s*[0-9]+)?",
            Pattern.CASE_INSENSITIVE);

    private ContactPoints() {
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isContact(String value) {
        return isWebAddress(value) || EMAIL.matcher(value).matches()
                || PHONE.matcher(value).matches() && value.replaceAll("[^0-9]", "").length() >= 7;
    }
}
