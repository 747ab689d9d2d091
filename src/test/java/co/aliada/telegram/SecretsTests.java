package co.aliada.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTests {

    @Test
    void tokenInABotApiUrlIsHidden() {
        String text = Secrets.scrub("failed: http://127.0.0.1:9/bot987654:AAH-x_Yz/sendMessage at 12:30");

        assertThat(text).doesNotContain("987654:AAH-x_Yz").contains("/bot<hidden>/sendMessage").contains("12:30");
    }

    @Test
    void registeredSecretIsHiddenAnywhere() {
        Secrets.register("555:SECRET-token");

        assertThat(Secrets.scrub("token is 555:SECRET-token.")).isEqualTo("token is <hidden>.");
    }

    @Test
    void describeWalksTheCausesScrubbed() {
        Exception error = new IllegalStateException("call failed",
                new java.io.IOException("unexpected end of stream on http://h/bot1:abc/getUpdates"));

        assertThat(Secrets.describe(error)).isEqualTo(
                "IllegalStateException: call failed; caused by IOException: unexpected end of stream on http://h/bot<hidden>/getUpdates");
    }
}
