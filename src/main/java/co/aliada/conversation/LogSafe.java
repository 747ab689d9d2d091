package co.aliada.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Values fit for logs: a chat key becomes its channel and a short hash, so logs name no person. */
public final class LogSafe {

    private LogSafe() {
    }

    /** {@code tg:123456} → {@code tg:#3f2a91c0}: the same chat always gives the same tag. */
    public static String chat(String chat) {
        if (chat == null) {
            return "-";
        }
        int colon = chat.indexOf(':');
        String channel = colon > 0 && colon <= 8 ? chat.substring(0, colon + 1) : "";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chat.getBytes(StandardCharsets.UTF_8));
            return channel + "#" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
