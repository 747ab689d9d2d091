package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The words of {@code not-challenges.yml}'s {@code to-the-bot} key, per language: {@code to}, the words that address
 * the bot or its people ("ustedes", "este chat", "you", "the bot"), and {@code own}, the words by which writers speak
 * of their own business ("mi", "tenemos", "me pueden ayudar a", "our", "we", "help me"). A sentence with the first
 * and none of the second asks about the bot, not about a business.
 */
public record ToTheBotWords(Map<String, List<String>> to, Map<String, List<String>> own) {

    public static final ToTheBotWords NONE = new ToTheBotWords(Map.of(), Map.of());

    public ToTheBotWords {
        to = Map.copyOf(to);
        own = Map.copyOf(own);
    }

    public List<String> to(String lang) {
        return to.getOrDefault(lang, List.of());
    }

    public List<String> own(String lang) {
        return own.getOrDefault(lang, List.of());
    }
}
