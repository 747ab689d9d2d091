package co.aliada.admin;

import java.util.List;
import java.util.function.Function;

/**
 * Tells the admins something on the channel they administer from: a port the Telegram adapter
 * implements (admins are Telegram users, {@code aliada.admin.user-ids}). Without a channel, nothing
 * is sent.
 */
public interface AdminNotices {

    /** Sends this HTML text to each of these admins. */
    void tell(List<Long> adminIds, String html);

    /**
     * Sends each admin the text in their language ({@code es} or {@code en}, as their chat with the bot
     * uses); a channel that cannot tell sends Spanish.
     */
    default void tell(List<Long> adminIds, Function<String, String> htmlIn) {
        tell(adminIds, htmlIn.apply("es"));
    }

    /** No channel for admins: notices are dropped (the log still has the problems). */
    static AdminNotices none() {
        return (adminIds, html) -> {
        };
    }
}
