package co.aliada.conversation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values fit for logs. A chat key becomes its channel and a keyed tag (HMAC-SHA-256 under a secret kept
 * with the data), so logs name no person and a tag cannot be turned back into an id without the secret.
 * A failure becomes its exception classes and where it happened, never its messages, which may quote
 * what a person wrote.
 */
public final class LogSafe {

    private static final String ALGORITHM = "HmacSHA256";
    // until the stored key is loaded: a key of this process only, so early tags still say nothing
    private static volatile SecretKeySpec key = new SecretKeySpec(random(), ALGORITHM);

    private LogSafe() {
    }

    /** Uses this secret (at least 16 bytes) for every tag from now on. */
    public static void useKey(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a log key has at least 16 bytes");
        }
        key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** {@code tg:123456} → {@code tg:#3f2a91c0}: the same chat always gives the same tag under the same key. */
    public static String chat(String chat) {
        if (chat == null) {
            return "-";
        }
        int colon = chat.indexOf(':');
        String channel = colon > 0 && colon <= 8 ? chat.substring(0, colon + 1) : "";
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(chat.getBytes(StandardCharsets.UTF_8));
            return channel + "#" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code DataIntegrityViolationException < JdbcSQLDataException [22001] at co.aliada.store.X.y(X.java:12)}. */
    public static String failure(Throwable error) {
        StringBuilder out = new StringBuilder();
        StackTraceElement ours = null;
        for (Throwable at = error; at != null && out.length() < 500; at = at.getCause() == at ? null : at.getCause()) {
            out.append(out.isEmpty() ? "" : " < ").append(at.getClass().getSimpleName());
            if (at instanceof SQLException sql && sql.getSQLState() != null) {
                out.append(" [").append(sql.getSQLState()).append(']');
            }
            for (StackTraceElement frame : at.getStackTrace()) {
                if (ours == null && frame.getClassName().startsWith("co.aliada.")) {
                    ours = frame;
                }
            }
        }
        return ours == null ? out.toString() : out + " at " + ours;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
