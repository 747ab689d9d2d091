package co.aliada.conversation;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

    @Test
    void plainTextKeepsLinkAddressesAndDropsTags() {
        assertThat(Html.toPlain("<b>Hola</b>, vea <a href=\"https://u.edu.co\">la Universidad</a> y "
                + "<a href=\"https://x.co\">https://x.co</a> &amp; &lt;más&gt; &quot;ya&quot;"))
                .isEqualTo("Hola, vea la Universidad (https://u.edu.co) y https://x.co & <más> \"ya\"");
        assertThat(Html.toPlain("5 > 2 <i>ok</i>")).isEqualTo("5 > 2 ok");
        assertThat(Html.toPlain("<a href=\"u\">sin cierre")).isEqualTo("sin cierre");
        assertThat(Html.toPlain("<a href=\"u\"><b>negrita</b></a>")).isEqualTo("negrita");
        assertThat(Html.toPlain("café ☕ sin marcas")).isEqualTo("café ☕ sin marcas");
    }

    /**
     * The one-pass reading gives what the three regular expressions it replaced gave, on random markup as the
     * bot writes it (every "<" of a value escaped; a stray one is read differently, and never occurs).
     */
    @Test
    void plainTextIsWhatTheRegularExpressionsGave() {
        List<String> words = List.of("https://a.co", "b", "señor", "café", " ", "&amp;", "&lt;", "&gt;", "&quot;",
                ">", "\"", "\n", "☕", "");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                String word = words.get(random.nextInt(words.size()));
                switch (random.nextInt(4)) {
                    case 0 -> html.append("<b>").append(word).append("</b>");
                    case 1 -> html.append("<a href=\"").append(random.nextBoolean() ? "https://a.co" : "b").append("\">")
                            .append(word).append("</a>");
                    default -> html.append(word);
                }
            }
            assertThat(Html.toPlain(html.toString())).as(html.toString()).isEqualTo(byRegularExpressions(html.toString()));
        }
    }

    private static String byRegularExpressions(String html) {
        String links = html.replaceAll("<a href=\"([^\"]*)\">\\1</a>", "$1")
                .replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)");
        return links.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
