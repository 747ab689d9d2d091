package co.aliada.telegram;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TelegramPropertiesTests {

    private static TelegramProperties with(String token, String baseUrl, Long consultants) {
        return new TelegramProperties(token, URI.create(baseUrl), TelegramProperties.Mode.POLLING,
                "/telegram/webhook", "s3cret", consultants);
    }

    @Test
    void localBotApiUrlKeepsSchemeHostAndPort() {
        TelegramUrl url = with("1:x", "http://127.0.0.1:8081", null).telegramUrl();

        assertThat(url).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
        assertThat(with("1:x", "https://api.telegram.org", null).telegramUrl())
                .isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void blankTokenMeansOff() {
        assertThat(with(" ", "https://api.telegram.org", null).enabled()).isFalse();
        assertThat(with(null, "https://api.telegram.org", null).enabled()).isFalse();
        assertThat(with("1:x", "https://api.telegram.org", null).enabled()).isTrue();
    }

    @Test
    void printingTheSettingsShowsNoSecrets() {
        assertThat(with("987:SECRET", "https://api.telegram.org", -100L).toString())
                .doesNotContain("987:SECRET").doesNotContain("s3cret");
    }

    @Test
    void consultantsChatIsATelegramChatKey() {
        assertThat(with("1:x", "https://api.telegram.org", -100900L).consultantsChat()).contains("tg:-100900");
        assertThat(with("1:x", "https://api.telegram.org", null).consultantsChat()).isEmpty();
    }

    @Test
    void aBaseUrlWithoutAHostIsRefusedAtStartWithTheSettingNamed() {
        // before, the application started and every Bot API call failed deep in the HTTP client
        for (String wrong : new String[] {"notaurl", "localhost:8081", "api.telegram.org", "ftp://127.0.0.1:8081"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> with("1:x", wrong, null))
                    .withMessageContaining("aliada.telegram.base-url").withMessageContaining("http://127.0.0.1:8081");
        }
        assertThat(with("1:x", "HTTP://127.0.0.1:8081/", null).telegramUrl().getHost()).isEqualTo("127.0.0.1");
    }
}
