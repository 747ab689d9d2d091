package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Issue 13: every form of the bot token, URL-encoded ones included, is hidden in logs and stored errors. */
class EncodedTokenTests {

    static final String TOKEN = "7712345678:AAH-secretPart_xyz0987";

    @Test
    void urlEncodedTokensAreHiddenInScrubbedTextAndInErrorDescriptions() {
        Secrets.register(TOKEN);
        String encoded = URLEncoder.encode(TOKEN, StandardCharsets.UTF_8);
        for (String echoed : new String[] {
                "POST https://api.telegram.org/bot" + encoded + "/sendMessage failed",
                "Bad Request: token " + encoded + " rejected",
                "lower " + encoded.replace("%3A", "%3a"),
                "twice " + URLEncoder.encode(encoded, StandardCharsets.UTF_8)}) {
            assertThat(Secrets.scrub(echoed)).doesNotContain("secretPart").doesNotContain("7712345678%3");
            assertThat(Secrets.describe(new IllegalStateException(echoed))).doesNotContain("secretPart");
        }
    }

    @Test
    void anEncodedTokenOfAnotherBotInAUrlIsHiddenToo() {
        assertThat(Secrets.scrub("GET /bot999%3AotherBotSecret/getMe")).doesNotContain("otherBotSecret");
    }
}
