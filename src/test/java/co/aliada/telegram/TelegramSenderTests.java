package co.aliada.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;

import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sender against the Bot API double, through the real TelegramBots client. */
class TelegramSenderTests {

    private final BotApiDouble bot = new BotApiDouble();
    private final TelegramSender sender = new TelegramSender(new OkHttpTelegramClient(BotApiDouble.TOKEN,
            new TelegramUrl("http", "127.0.0.1", Integer.parseInt(bot.baseUrl().replaceAll(".*:", "")), false)));

    @AfterEach
    void close() {
        bot.close();
    }

    /** What the outbox does with a reply: splits it into pieces and sends each. */
    private void send(Outbound reply) {
        for (Piece piece : Piece.of(reply)) {
            try {
                sender.deliver(piece);
            } catch (TelegramApiException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static Outbound.Attachment file(String name, String type) {
        return new Outbound.Attachment(name, type, "data".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textGoesAsHtmlWithItsKeyboard() {
        send(Outbound.text("tg:7", "<b>¿Sector?</b>").withButtons(List.of(
                List.of(new Outbound.Button("Agro", "sector:agribusiness"), new Outbound.Button("TIC", "sector:ict")))));

        BotApiDouble.Call call = bot.calls("sendMessage").get(0);
        assertThat(call.chatId()).isEqualTo(7);
        assertThat(call.text()).isEqualTo("<b>¿Sector?</b>");
        assertThat(call.param("parse_mode")).isEqualToIgnoringCase("html");
        assertThat(call.buttonLabels()).containsExactly("Agro", "TIC");
        assertThat(call.buttonData()).containsExactly("sector:agribusiness", "sector:ict");
    }

    @Test
    void longTextIsSplitAtLineBreaksWithTheKeyboardOnTheLastPart() {
        String line = "x".repeat(99) + "\n";
        send(Outbound.text("tg:7", line.repeat(60)).withButtons(List.of(List.of(new Outbound.Button("Ok", "ok")))));

        List<BotApiDouble.Call> sent = bot.calls("sendMessage");
        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(call -> assertThat(call.text().length()).isLessThanOrEqualTo(4096));
        assertThat(sent.get(0).text()).endsWith("x");
        assertThat(sent.get(0).buttonData()).isEmpty();
        assertThat(sent.get(1).buttonData()).containsExactly("ok");
        assertThat(String.join("\n", sent.get(0).text(), sent.get(1).text())).isEqualTo(line.repeat(60).strip());
    }

    @Test
    void photoGoesAsMultipartWithItsCaption() {
        send(Outbound.text("tg:7", "Su nivel").withImage(file("chart.png", "image/png")));

        BotApiDouble.Call call = bot.calls("sendPhoto").get(0);
        assertThat(call.param("photo")).startsWith("file:chart.png");
        assertThat(call.text()).isEqualTo("Su nivel");
        assertThat(bot.calls("sendMessage")).isEmpty();
    }

    @Test
    void documentWithACaptionTooLongSendsTheTextSeparately() {
        send(Outbound.text("tg:-100", "y".repeat(1500)).withDocument(file("caso.txt", "text/plain"))
                .withButtons(List.of(List.of(new Outbound.Button("Tomar", "case:take:1")))));

        BotApiDouble.Call document = bot.calls("sendDocument").get(0);
        assertThat(document.chatId()).isEqualTo(-100);
        assertThat(document.param("document")).startsWith("file:caso.txt");
        assertThat(document.param("caption")).isNull();
        BotApiDouble.Call text = bot.calls("sendMessage").get(0);
        assertThat(text.text()).hasSize(1500);
        assertThat(text.buttonData()).containsExactly("case:take:1");
    }

    @Test
    void repliesForOtherChannelsAreNotSent() {
        send(Outbound.text("web:abc", "hola"));

        assertThat(bot.calls()).isEmpty();
    }

    @Test
    void sendErrorsReachTheOutboxWithTheirCodeWhileButtonAnswersAreSwallowed() {
        bot.fail("sendMessage", 500);

        assertThatThrownBy(() -> sender.deliver(Piece.of(Outbound.text("tg:7", "hola")).get(0)))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(500));
        sender.acknowledge("cb1");
        sender.clearKeyboard(7, 3);

        assertThat(bot.calls()).extracting(BotApiDouble.Call::method)
                .containsExactly("sendmessage", "answercallbackquery", "editmessagereplymarkup");
    }
}
