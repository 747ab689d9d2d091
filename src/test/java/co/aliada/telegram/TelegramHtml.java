package co.aliada.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's rules for {@code parse_mode=HTML}, as the Bot API applies them: only its tags, closed in
 * order, {@code <a>} with an href, and every {@code <}, {@code >} and {@code &} that is not markup written
 * as an entity. The double refuses a text that breaks them, as Telegram would ("can't parse entities").
 */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "span", "tg-spoiler", "tg-emoji", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    /** Why Telegram would refuse this text, or empty when it parses. */
    static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt()) {
                    return Optional.of("unsupported start tag or bare '<' at byte offset " + i);
                }
                String name = tag.group(2);
                if (!TAGS.contains(name) || !tag.group(4).isEmpty()) {
                    return Optional.of("unsupported tag \"" + name + "\" at offset " + i);
                }
                if (tag.group(1).isEmpty()) {
                    if (name.equals("a") && !tag.group(3).contains("href=")) {
                        return Optional.of("<a> without href at offset " + i);
                    }
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    return Optional.of("unmatched end tag \"" + name + "\" at offset " + i);
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    return Optional.of("bare '&' at offset " + i);
                }
                i = entity.end();
            } else if (c == '>') {
                return Optional.of("bare '>' at offset " + i);
            } else {
                i++;
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("unclosed tag \"" + open.peek() + "\"");
    }
}
