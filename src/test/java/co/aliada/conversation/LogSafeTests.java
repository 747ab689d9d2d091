package co.aliada.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTests {

    @Test
    void aChatKeyIsLoggedAsItsChannelAndAShortStableHashWithoutTheId() {
        String tag = LogSafe.chat("tg:987654321");
        assertThat(tag).matches("tg:#[0-9a-f]{8}").doesNotContain("987654321");
        assertThat(LogSafe.chat("tg:987654321")).isEqualTo(tag);
        assertThat(LogSafe.chat("tg:987654322")).isNotEqualTo(tag);
    }

    @Test
    void oddKeysStillGiveATag() {
        assertThat(LogSafe.chat(null)).isEqualTo("-");
        assertThat(LogSafe.chat("no-channel")).matches("#[0-9a-f]{8}");
        assertThat(LogSafe.chat("averyveryverylongprefix:1")).matches("#[0-9a-f]{8}");
    }
}
