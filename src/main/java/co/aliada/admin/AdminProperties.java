package co.aliada.admin;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who administers the bot: Telegram user ids told about refused content changes and allowed to run
 * admin commands, the password of the {@code /admin} dashboard (unset: the dashboard is off), and where
 * content files replaced from Telegram are kept for undo ({@code aliada.admin.backup-dir}).
 */
@ConfigurationProperties("aliada.admin")
record AdminProperties(List<Long> userIds, String dashboardPassword, Path backupDir) {

    /** Shorter passwords fall to guessing even when logins are throttled. */
    static final int MIN_PASSWORD = 12;

    AdminProperties {
        // Refused here, while the settings are bound, so the start stops with the setting named (never its value),
        // not with a stack trace from the security configuration.
        if (dashboardPassword != null && !dashboardPassword.isBlank() && dashboardPassword.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("aliada.admin.dashboard-password is too short: use at least "
                    + MIN_PASSWORD + " characters, or leave it unset to turn the dashboard off");
        }
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        // beside the H2 file by default: content sent through Telegram is data the instance keeps
        backupDir = backupDir == null ? Path.of("data", "content-backups") : backupDir;
    }

    boolean isAdmin(String telegramUser) {
        return userIds.stream().anyMatch(id -> String.valueOf(id).equals(telegramUser));
    }

    boolean dashboardEnabled() {
        return dashboardPassword != null && !dashboardPassword.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[userIds=" + userIds + ", dashboard=" + dashboardEnabled() + ", backupDir=" + backupDir + "]";
    }
}
