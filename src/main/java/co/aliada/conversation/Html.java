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

    /** Drops the tags and undoes the escaping, for the terminal and for transcripts. */
    public static String toPlain(String html) {
        // a link keeps its address where the text alone would hide it (the terminal, transcripts)
        String links = html.replaceAll("<a href=\"([^\"]*)\">\\1</a>", "$1")
                .replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)");
        return links.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
