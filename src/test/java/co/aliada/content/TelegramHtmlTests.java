package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts are checked against the HTML that Telegram accepts, so a bad edit fails at reload and not at send. */
class TelegramHtmlTests {

    @Test
    void acceptsTelegramsTagsEntitiesAndPlaceholders() {
        assertThat(TelegramHtml.problems("<b>Hola</b>, {name} &amp; <i>socios</i> 3 &lt; 5 <a href=\"https://x.org\">web</a> "
                + "<pre><code class=\"language-yaml\">a: b</code></pre> <span class=\"tg-spoiler\">x</span> &#128075;")).isEmpty();
    }

    @Test
    void refusesALineBreakTagAnUnclosedTagAndBareLessThanAndAmpersand() {
        assertThat(TelegramHtml.problems("Gracias<br>¡Bienvenido!")).singleElement().asString().contains("<br>", "new line");
        assertThat(TelegramHtml.problems("<b>Hola")).singleElement().asString().contains("<b> is never closed");
        assertThat(TelegramHtml.problems("3 < 5 &")).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("&lt;")).anySatisfy(p -> assertThat(p).contains("&amp;"));
    }

    @Test
    void refusesMisnestedTagsAndWrongAttributes() {
        assertThat(TelegramHtml.problems("<b><i>x</b></i>")).isNotEmpty();
        assertThat(TelegramHtml.problems("<a>x</a>")).singleElement().asString().contains("href");
        assertThat(TelegramHtml.problems("<b class=\"x\">x</b>")).singleElement().asString().contains("attribute 'class'");
        assertThat(TelegramHtml.problems("<span>x</span>")).singleElement().asString().contains("tg-spoiler");
        assertThat(TelegramHtml.problems("<code><b>x</b></code>")).singleElement().asString().contains("inside <code>");
        assertThat(TelegramHtml.problems("</b>")).singleElement().asString().contains("never opened");
    }
}
