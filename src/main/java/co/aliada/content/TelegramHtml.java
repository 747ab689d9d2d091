package co.aliada.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a text against the HTML that Telegram's {@code parse_mode=HTML} accepts, so that a text an
 * admin edits is refused at reload instead of failing every message with a 400: only Telegram's tags,
 * each closed in order, their attributes as Telegram wants them, no tag inside {@code code}/{@code pre}
 * but {@code code}, and every {@code <} or {@code &} that is not markup written as {@code &lt;} or
 * {@code &amp;}. Placeholders ({@code {name}}) are left alone: their values are escaped by the code.
 */
public final class TelegramHtml {

    /** Tag → the attributes it may carry (Telegram's list, Bot API "HTML style"). */
    private static final Map<String, Set<String>> TAGS = Map.ofEntries(
            Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()), Map.entry("em", Set.of()),
            Map.entry("u", Set.of()), Map.entry("ins", Set.of()), Map.entry("s", Set.of()), Map.entry("strike", Set.of()),
            Map.entry("del", Set.of()), Map.entry("tg-spoiler", Set.of()), Map.entry("span", Set.of("class")),
            Map.entry("a", Set.of("href")), Map.entry("code", Set.of("class")), Map.entry("pre", Set.of()),
            Map.entry("blockquote", Set.of("expandable")), Map.entry("tg-emoji", Set.of("emoji-id")));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    /** What is wrong with the text for Telegram, in plain words; empty when Telegram accepts it. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, text.length());
                if (!entity.lookingAt()) {
                    problems.add("a bare '&' near \"" + around(text, i) + "\": write it as &amp;");
                    i++;
                } else {
                    i = entity.end();
                }
                continue;
            }
            if (c != '<') {
                i++;
                continue;
            }
            Matcher tag = TAG.matcher(text).region(i, text.length());
            if (!tag.lookingAt()) {
                problems.add("a bare '<' near \"" + around(text, i) + "\": write it as &lt; (Telegram reads < as the start of a tag)");
                i++;
                continue;
            }
            String name = tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            if (!TAGS.containsKey(name)) {
                problems.add("<" + (closing ? "/" : "") + tag.group(2) + "> is not a tag Telegram knows (it accepts "
                        + "<b>, <i>, <u>, <s>, <a href>, <code>, <pre>, <blockquote>, <tg-spoiler>; use a new line instead of <br>)");
            } else if (closing) {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    problems.add(open.isEmpty() ? "</" + name + "> closes a tag that was never opened"
                            : "</" + name + "> closes before <" + open.peek() + "> does: close tags in the reverse order");
                } else {
                    open.pop();
                }
            } else if (!tag.group(4).isEmpty()) {
                problems.add("<" + name + "/> is not allowed: Telegram tags are opened and closed, as <b>…</b>");
            } else {
                checkOpening(name, tag.group(3), open, problems);
                open.push(name);
            }
            i = tag.end();
        }
        open.forEach(name -> problems.add("<" + name + "> is never closed: add </" + name + ">"));
        return problems;
    }

    private static void checkOpening(String name, String attributes, Deque<String> open, List<String> problems) {
        if ((open.contains("code") || open.contains("pre")) && !(name.equals("code") && open.peek().equals("pre"))) {
            problems.add("<" + name + "> inside <" + open.peek() + ">: Telegram shows code as it is, without other tags");
        }
        if (open.contains(name)) {
            problems.add("<" + name + "> inside another <" + name + ">");
        }
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        boolean href = false;
        boolean spoiler = false;
        while (attribute.find()) {
            String attr = attribute.group(1).toLowerCase();
            if (!TAGS.get(name).contains(attr)) {
                problems.add("<" + name + "> cannot carry the attribute '" + attr + "'");
            }
            href |= attr.equals("href");
            spoiler |= name.equals("span") && attr.equals("class") && unquote(attribute.group(2)).equals("tg-spoiler");
        }
        if (name.equals("a") && !href) {
            problems.add("<a> needs an address: <a href=\"https://…\">");
        }
        if (name.equals("span") && !spoiler) {
            problems.add("<span> is only accepted as <span class=\"tg-spoiler\">");
        }
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        return value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 12);
        return text.substring(from, to).replace('\n', ' ');
    }
}
