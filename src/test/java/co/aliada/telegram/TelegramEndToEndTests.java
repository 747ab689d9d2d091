package co.aliada.telegram;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The real TelegramBots client long-polls a Bot API double; the whole app answers through it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TelegramEndToEndTests {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final BotApiDouble bot = new BotApiDouble();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("aliada.telegram.token", () -> BotApiDouble.TOKEN);
        registry.add("aliada.telegram.base-url", bot::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tg-e2e-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void onboardingRunsThroughTelegramButtonsAndText() {
        long chat = 1001;
        bot.sendCommand(chat, "/start");
        List<BotApiDouble.Call> first = bot.awaitSent(chat, 2, WAIT);
        assertThat(first.get(0).text()).contains("Aliada");
        BotApiDouble.Call consent = first.get(1);
        assertThat(consent.text()).contains("Ley 1581");
        assertThat(consent.param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(consent.buttonData()).containsExactly("consent:yes", "consent:no");

        bot.press(chat, "consent:yes");
        BotApiDouble.Call sector = bot.awaitSentContaining(chat, 2, "1/4", WAIT);
        assertThat(sector.buttonData()).contains("sector:ict", "sector:agribusiness");
        bot.await(call -> call.is("answerCallbackQuery"), WAIT);
        BotApiDouble.Call edit = bot.await(call -> call.is("editMessageReplyMarkup") && call.chatId() == chat, WAIT);
        assertThat(edit.param("message_id")).isEqualTo(consent.param("message_id"));
        assertThat(edit.param("reply_markup")).isNull();

        int sent = bot.sentTo(chat).size();
        bot.press(chat, "sector:ict");
        assertThat(bot.awaitSentContaining(chat, sent, "2/4", WAIT).buttonData()).contains("size:micro");

        sent = bot.sentTo(chat).size();
        bot.press(chat, "size:micro");
        bot.awaitSentContaining(chat, sent, "3/4", WAIT);

        sent = bot.sentTo(chat).size();
        bot.sendSticker(chat);
        bot.awaitSentContaining(chat, sent, "stickers", WAIT);
        bot.awaitSentContaining(chat, sent, "3/4", WAIT);

        sent = bot.sentTo(chat).size();
        bot.sendText(chat, "Popayán");
        bot.awaitSentContaining(chat, sent, "Popayán", WAIT);
        bot.awaitSentContaining(chat, sent, "4/4", WAIT);
    }

    @Test
    void duplicatedUpdateIsHandledOnce() {
        long chat = 1002;
        bot.sendDuplicated(chat, "/start");
        bot.awaitSentContaining(chat, 0, "Ley 1581", WAIT);
        bot.sendCommand(chat, "/ayuda");
        bot.awaitSentContaining(chat, 0, "/reiniciar", WAIT);

        assertThat(bot.sentTo(chat).stream().filter(call -> call.text().contains("Ley 1581"))).hasSize(1);
    }

    @Test
    void commandAddressedToTheBotByNameWorks() {
        long chat = 1003;
        bot.sendCommand(chat, "/start@AliadaBot");

        assertThat(bot.awaitSentContaining(chat, 0, "Ley 1581", WAIT).buttonData()).contains("consent:yes");
    }

    @Test
    void languageCommandSwitchesToEnglish() {
        long chat = 1004;
        bot.sendCommand(chat, "/start");
        bot.awaitSentContaining(chat, 0, "Ley 1581", WAIT);
        int sent = bot.sentTo(chat).size();
        bot.sendCommand(chat, "/idioma en");

        bot.awaitSentContaining(chat, sent, "I'll speak English", WAIT);
        bot.awaitSentContaining(chat, sent, "Law 1581", WAIT);
    }

    @Test
    void englishSpeakingUserIsAnsweredInEnglish() {
        long chat = 1005;
        bot.sendText(chat, "/start", "en");

        BotApiDouble.Call consent = bot.awaitSentContaining(chat, 0, "Law 1581", WAIT);
        assertThat(consent.buttonLabels()).contains("✅ I agree");
    }

    @Test
    void englishCommandNamesWork() {
        long chat = 1006;
        bot.sendCommand(chat, "/start");
        bot.awaitSentContaining(chat, 0, "Ley 1581", WAIT);
        int sent = bot.sentTo(chat).size();
        bot.sendCommand(chat, "/help");

        assertThat(bot.awaitSentContaining(chat, sent, "/reiniciar", WAIT).buttonData()).contains("/continuar");
    }

    @Test
    void groupTalkNotForTheBotGetsNoAnswer() {
        long group = -100500;
        bot.sendGroupText(group, 77, "Buenos días a todos");
        bot.enqueue(UpdateJson.group(group, 77).text("/start@OtroBot"));
        bot.sendGroupText(group, 77, "/ayuda@AliadaBot");

        // the one answer, to the message meant for the bot, points to a private chat (issue 14)
        bot.awaitSentContaining(group, 0, "t.me/" + BotApiDouble.BOT_USERNAME, WAIT);
        assertThat(bot.sentTo(group)).hasSize(1);
    }

    @Test
    void editsAndMembershipChangesAreQuiet() {
        long chat = 1007;
        bot.enqueue(UpdateJson.message(chat).text("hola").as("edited_message"));
        bot.enqueue(UpdateJson.message(chat).text("noticia").as("channel_post"));
        bot.sendCommand(chat, "/ayuda");

        bot.awaitSentContaining(chat, 0, "/reiniciar", WAIT);
        assertThat(bot.sentTo(chat)).hasSize(1);
    }

    @Test
    void commandsAreRegisteredInSpanishAndEnglish() {
        BotApiDouble.Call spanish = bot.await(call -> call.is("setMyCommands") && call.param("language_code") == null, WAIT);
        BotApiDouble.Call english = bot.await(call -> call.is("setMyCommands") && "en".equals(call.param("language_code")), WAIT);

        assertThat(spanish.param("commands")).contains("\"ayuda\"", "\"idioma\"", "\"reiniciar\"", "\"continuar\"",
                "Qué puedo hacer por usted").doesNotContain("\"help\"");
        assertThat(english.param("commands")).contains("\"help\"", "\"language\"", "\"restart\"", "\"continue\"",
                "What I can do for you").doesNotContain("\"ayuda\"");
        assertThat(bot.calls("deleteWebhook")).isNotEmpty();
    }
}
