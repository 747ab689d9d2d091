package co.aliada.admin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who administers the bot: Telegram user ids told about refused content changes and allowed to run
 * admin commands, and the password of the {@code /admin} dashboard (unset: the dashboard is off).
 */
@ConfigurationProperties("aliada.admin")
record AdminProperties(List<Long> userIds, String dashboardPassword) {

    AdminProperties {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    boolean isAdmin(String telegramUser) {
        return userIds.stream().anyMatch(id -> String.valueOf(id).equals(telegramUser));
    }

    boolean dashboardEnabled() {
        return dashboardPassword != null && !dashboardPassword.isBlank();
    }
}
