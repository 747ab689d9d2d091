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

    AdminProperties {
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
}
