package co.aliada.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps bot tokens out of anything that is logged or shown: Bot API URLs carry them as {@code /bot<token>/}. */
public final class Secrets {

    static final String HIDDEN = "<hidden>";
    // the colon may come URL-encoded once or twice (%3A, %253A), in either case, as a Bot API error echoes it
    private static final Pattern IN_URL = Pattern.compile("bot\\d+(?::|%3[Aa]|%253[Aa])[A-Za-z0-9_-]+");
    private static final Set<String> KNOWN = new CopyOnWriteArraySet<>();

    private Secrets() {
    }

    /** Remembers a secret so that it is hidden wherever it shows up, not only in URLs. */
    static void register(String secret) {
        if (secret != null && secret.length() >= 4) {
            KNOWN.add(secret);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            KNOWN.add(encoded);
            KNOWN.add(lowerHex(encoded));
            KNOWN.add(URLEncoder.encode(encoded, StandardCharsets.UTF_8));
            KNOWN.add(encoded.replace("+", "%20"));
        }
    }

    private static String lowerHex(String encoded) {
        Matcher m = Pattern.compile("%[0-9A-F]{2}").matcher(encoded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return m.appendTail(out).toString();
    }

    /** The text with every bot token replaced; null stays null. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String clean = IN_URL.matcher(text).replaceAll("bot" + HIDDEN);
        for (String secret : KNOWN) {
            clean = clean.replace(secret, HIDDEN);
        }
        return clean;
    }

    /** A one-line, scrubbed account of an error and its causes, without the stack. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable at = error; at != null && text.length() < 2000; at = at.getCause()) {
            text.append(text.isEmpty() ? "" : "; caused by ").append(at.getClass().getSimpleName());
            if (at.getMessage() != null) {
                text.append(": ").append(at.getMessage());
            }
            if (at.getCause() == at) {
                break;
            }
        }
        return scrub(text.toString());
    }
}
