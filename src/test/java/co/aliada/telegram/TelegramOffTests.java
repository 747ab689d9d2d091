package co.aliada.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a token the Telegram adapter stays off and says so in one line. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aliada.telegram.token=", "spring.datasource.url=jdbc:h2:mem:tg-off;DB_CLOSE_DELAY=-1"})
@ExtendWith(OutputCaptureExtension.class)
class TelegramOffTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noTokenMeansNoTelegramBeansAndOneClearLine(CapturedOutput output) {
        assertThat(context.getBeansOfType(TelegramUpdates.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramStarter.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramWebhookController.class)).isEmpty();
        assertThat(output.getAll()).containsOnlyOnce("Telegram is off: no aliada.telegram.token; local chat at http://localhost:");
    }
}
