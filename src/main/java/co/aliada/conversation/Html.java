package co.aliada.conversation;

import java.util.regex.Pattern;

/** The small HTML subset Telegram understands, kept safe for user-supplied values. */
public final class Html {

    // compiled once: toPlain runs for every message of every turn
    private static final Pattern LINK_TO_ITSELF = Pattern.compile("<a href=\"([^\"]*)\">\\1</a>");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private Html() {
    }

    /** Escapes a value typed by a user or an admin so it cannot break the message's markup. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Drops the tags and undoes the escaping, for the terminal and for transcripts. */
    public static String toPlain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        // a link keeps its address where the text alone would hide it (the terminal, transcripts)
        String links = LINK_TO_ITSELF.matcher(html).replaceAll("$1");
        links = LINK.matcher(links).replaceAll("$2 ($1)");
        return TAG.matcher(links).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
