package co.aliada.conversation;

/** The small HTML subset Telegram understands, kept safe for user-supplied values. */
public final class Html {

    private Html() {
    }

    /** Escapes a value typed by a user or an admin so it cannot break the message's markup. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Drops the tags and undoes the escaping, for the web page's plain text, the terminal and transcripts. A link
     * keeps its address where the text alone would hide it: {@code <a href="u">u</a>} becomes {@code u}, and
     * {@code <a href="u">label</a>} becomes {@code label (u)}. One pass by hand: every message of every turn
     * goes through here, three times, and regular expressions over text with accents cost a fifth of a turn.
     */
    public static String toPlain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        StringBuilder plain = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                plain.append(html, at, html.length());
                break;
            }
            plain.append(html, at, open);
            int close = html.indexOf('>', open);
            if (close < 0 || close == open + 1) { // "<" alone, or "<>": not a tag
                plain.append('<');
                at = open + 1;
                continue;
            }
            at = link(html, open, close, plain);
            if (at < 0) {
                at = close + 1; // any other tag is dropped
            }
        }
        return unescape(plain.toString());
    }

    /** Writes the link that starts at {@code open} and answers where it ends, or -1 when it is no link. */
    private static int link(String html, int open, int close, StringBuilder plain) {
        String prefix = "<a href=\"";
        if (!html.startsWith(prefix, open) || html.charAt(close - 1) != '"') {
            return -1;
        }
        String href = html.substring(open + prefix.length(), close - 1);
        int end = html.indexOf("</a>", close + 1);
        if (href.indexOf('"') >= 0 || end < 0 || html.indexOf('<', close + 1) != end) {
            return -1;
        }
        String label = html.substring(close + 1, end);
        plain.append(label.equals(href) ? href : label + " (" + href + ")");
        return end + "</a>".length();
    }

    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
