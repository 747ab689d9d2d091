package co.aliada.admin;

import java.util.List;

/**
 * Tells the admins something on the channel they administer from: a port the Telegram adapter
 * implements (admins are Telegram users, {@code aliada.admin.user-ids}). Without a channel, nothing
 * is sent.
 */
public interface AdminNotices {

    /** Sends this HTML text to each of these admins. */
    void tell(List<Long> adminIds, String html);

    /** No channel for admins: notices are dropped (the log still has the problems). */
    static AdminNotices none() {
        return (adminIds, html) -> {
        };
    }
}
