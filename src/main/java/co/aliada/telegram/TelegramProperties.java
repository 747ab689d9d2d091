package co.aliada.telegram;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel's settings ({@code aliada.telegram.*}).
 *
 * @param token             the bot token from BotFather; without it the adapter stays off
 * @param baseUrl           the Bot API server (a local Bot API server or a test double works too)
 * @param mode              long polling or webhook
 * @param webhookPath       where Telegram POSTs updates in webhook mode
 * @param webhookSecret     the value Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param consultantsChatId the consultants' group, which hears every message (escalations)
 */
@ConfigurationProperties("aliada.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") URI baseUrl,
        @DefaultValue("polling") Mode mode,
        @DefaultValue("/telegram/webhook") String webhookPath,
        String webhookSecret,
        Long consultantsChatId) {

    public TelegramProperties {
        // A URL without a host ("localhost:8081", "api.telegram.org") would fail on every call, deep in the HTTP client.
        if (baseUrl == null || baseUrl.getHost() == null || !(baseUrl.getScheme() == null || baseUrl.getScheme().matches("(?i)https?"))) {
            throw new IllegalArgumentException("aliada.telegram.base-url must be an http or https URL with a host, such as "
                    + "https://api.telegram.org or http://127.0.0.1:8081");
        }
    }

    /** How updates arrive. */
    public enum Mode { POLLING, WEBHOOK }

    /** No token means Telegram stays off, and the log says so at start. */
    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** The consultants' group as a conversation chat key ({@code tg:-100…}), when one is configured. */
    public java.util.Optional<String> consultantsChat() {
        return java.util.Optional.ofNullable(consultantsChatId).map(UpdateMapper::chatKey);
    }

    TelegramUrl telegramUrl() {
        String scheme = baseUrl.getScheme() == null ? "https" : baseUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, baseUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[baseUrl=" + baseUrl + ", mode=" + mode + ", webhookPath=" + webhookPath
                + ", consultantsChatId=" + consultantsChatId + "]";
    }
}
