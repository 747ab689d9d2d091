package co.aliada.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 13: log tags are keyed (not a plain hash anyone can recompute), and failures log nothing personal. */
@ExtendWith(OutputCaptureExtension.class)
class LogTagTests {

    @Test
    void aTagDependsOnTheKeyAndIsNotThePlainHashOfTheId() throws Exception {
        byte[] plain = MessageDigest.getInstance("SHA-256").digest("tg:987654321".getBytes(StandardCharsets.UTF_8));
        LogSafe.useKey("first-key-of-sixteen-bytes-or-more".getBytes(StandardCharsets.UTF_8));
        String first = LogSafe.chat("tg:987654321");
        assertThat(first).isNotEqualTo("tg:#" + HexFormat.of().formatHex(plain, 0, 4));
        assertThat(LogSafe.chat("tg:987654321")).isEqualTo(first);
        LogSafe.useKey("another-key-of-sixteen-bytes-too".getBytes(StandardCharsets.UTF_8));
        assertThat(LogSafe.chat("tg:987654321")).isNotEqualTo(first);
    }

    @Test
    void aFailedTurnIsLoggedWithoutWhatThePersonWrote(CapturedOutput output) {
        String words = "Mi cédula es 1061234567 y vivo en la calle 5";
        ChatStore failing = new ChatStore() {
            @Override
            public List<Outbound> inTurn(Inbound in, java.util.function.Function<ChatState, TurnResult> turn) {
                throw new IllegalStateException("Value too long for column \"TEXT\": '" + words + "'");
            }
        };
        ConversationEngine engine = new ConversationEngine(failing, TestTexts::texts, (text, lang) -> Understanding.Intent.NONE,
                List.of(), List.of());

        engine.handle(Inbound.text("tg:5551234", words));

        assertThat(output.getOut() + output.getErr()).contains("turn failed", "IllegalStateException")
                .doesNotContain("1061234567", "5551234");
    }
}
