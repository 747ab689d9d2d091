package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;

/**
 * End-to-end tests that talk to the one bot the whole run shares ({@link LiveBot#shared()}), each with chats
 * of its own; after every test, nothing the bot sent may be what Telegram would refuse.
 */
abstract class OnTheSharedBot {

    static final LiveBot bot = LiveBot.shared();
    static final BotApiDouble api = bot.api();

    @AfterEach
    void everySendAsTelegramTakesIt() {
        assertThat(api.refusedHtml()).as("sends Telegram would refuse (HTML, lengths, captions)").isEmpty();
    }
}
