package co.aliada.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import co.aliada.conversation.TestTexts;

/**
 * One Telegram user in a private chat with the bot, through the {@link BotApiDouble}: types, taps the
 * buttons the bot showed, waits for what the bot answers, and counts both sides.
 */
final class Person {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final BotApiDouble api;
    private final long chat;
    private final String lang;
    private int mark;
    private int taps;
    private int typed;

    Person(BotApiDouble api, long chat, String lang) {
        this.api = api;
        this.chat = chat;
        this.lang = lang;
        this.mark = api.sentTo(chat).size();
    }

    long chat() {
        return chat;
    }

    /** Types a text or a command; what the bot answers from now on is "new". */
    Person says(String text) {
        mark = api.sentTo(chat).size();
        typed++;
        api.enqueue(UpdateJson.message(chat).from(chat, "Ana", lang).text(text));
        return this;
    }

    /** Taps a button the bot showed in this chat. */
    Person taps(String data) {
        mark = api.sentTo(chat).size();
        taps++;
        api.pressAs(chat, chat, "Ana", lang, data);
        return this;
    }

    /** From now on only what the bot sends next is "new". */
    Person listens() {
        mark = api.sentTo(chat).size();
        return this;
    }

    /** Waits for a new message (text, photo or document) that matches. */
    BotApiDouble.Call awaits(Predicate<BotApiDouble.Call> match) {
        return api.until(() -> fresh().stream().filter(match).findFirst(), WAIT);
    }

    /** Waits for a new message whose keyboard has a button with data starting so. */
    BotApiDouble.Call awaitsButton(String dataPrefix) {
        return awaits(call -> call.buttonData().stream().anyMatch(d -> d.startsWith(dataPrefix)));
    }

    /** Waits for a new message that is exactly this bot text (no placeholders). */
    BotApiDouble.Call awaitsText(String key) {
        String text = TestTexts.texts().get(key, lang);
        return awaits(call -> call.text().equals(text));
    }

    BotApiDouble.Call awaitsContaining(String fragment) {
        return awaits(call -> call.text().contains(fragment));
    }

    /** The bot's messages since the last thing this person did. */
    List<BotApiDouble.Call> fresh() {
        List<BotApiDouble.Call> sent = api.sentTo(chat);
        return sent.subList(Math.min(mark, sent.size()), sent.size());
    }

    List<BotApiDouble.Call> all() {
        return api.sentTo(chat);
    }

    Optional<BotApiDouble.Call> last() {
        List<BotApiDouble.Call> sent = api.sentTo(chat);
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }

    int taps() {
        return taps;
    }

    int typed() {
        return typed;
    }
}
