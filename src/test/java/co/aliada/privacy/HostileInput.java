package co.aliada.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** What a hostile or careless person sends, as jqwik arbitraries, and what a safe reply looks like. */
final class HostileInput {

    /** A kind of input and its payload; {@code SHOWN} taps the n-th button the bot last showed, {@code AGAIN} redelivers. */
    record Action(Kind kind, String payload, int pick) {
        enum Kind { TEXT, BUTTON, COMMAND, UNSUPPORTED, SHOWN, AGAIN }
    }

    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>", "<b>unclosed", "</b></i>", "<a href=\"javascript:alert(1)\">x</a>",
            "*bold* _italic_ [link](http://x.co) `code` ~~strike~~ ||spoiler||", "<i><b></i></b>", "&lt;b&gt;", "&amp;&",
            "<<<>>>", "<tg-spoiler>x</tg-spoiler>", "<pre><code class=\"language-<script>\">", "<img src=x onerror=alert(1)>",
            "\\*\\_\\[", "{controller}", "{max}", "%s %n %d", "${jndi:ldap://x}", "'; drop table chat_state; --");
    static final List<String> LUCENE = List.of(
            "title:foo AND (bar OR baz~2)^3", "*:*", "\"unclosed phrase", "[a TO", "foo\\", "?", "~", "&& || !",
            "/regex[/", "field:[* TO *]", "+-+-", "((((((((((", "a^999999999999", "NOT");
    static final List<String> FORGED_BUTTONS = List.of(
            "consent:yes", "consent:no", "consent:maybe", "sector:ict", "sector:nope", "size:micro", "size:huge",
            "company:skip", "menu:profile.company", "menu:profile.sector", "menu:", "menu:nowhere", "menu:start",
            "menu:menu", "/", "//", "/ ", "/borrar_datos", "/borrar_datos si", "/idioma xx", "/reiniciar si",
            "/asesor", "/mis_datos", "/privacidad", "/continuar", "kb.", "", " ", "x".repeat(65), "ñ".repeat(40),
            "/" + "a".repeat(200), "sector:" + "ict".repeat(30), "\u0000", "menu:\u202e");
    static final List<String> COMMANDS = List.of(
            "start", "inicio", "ayuda", "help", "idioma", "language", "reiniciar", "continuar", "mis_datos", "my_data",
            "borrar_datos", "delete_my_data", "privacidad", "privacy", "asesor", "nope", "START", "", "/", "ñandú",
            "mis_datos@AliadaBot", "x".repeat(300));

    private HostileInput() {
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u200b', '\u202e', '\ufeff').ofMaxLength(20),
                Arbitraries.strings().alpha().withChars(' ', '-', '.', '\'', 'ñ', 'á').ofMinLength(1).ofMaxLength(30),
                Arbitraries.of(MARKUP), Arbitraries.of(LUCENE),
                Arbitraries.strings().all().ofLength(10).map(s -> s.repeat(1000)),
                Arbitraries.of("Popayán", "Santander de Quilichao", "hola", "sí", "no", "", "   ", "\n\n"));
    }

    static Arbitrary<Action> actions() {
        Arbitrary<Action> text = texts().map(t -> new Action(Action.Kind.TEXT, t, 0));
        Arbitrary<Action> button = Arbitraries.oneOf(Arbitraries.of(FORGED_BUTTONS), Arbitraries.strings().all().ofMaxLength(80))
                .map(b -> new Action(Action.Kind.BUTTON, b, 0));
        Arbitrary<Action> command = Combinators.combine(Arbitraries.of(COMMANDS), Arbitraries.oneOf(Arbitraries.just(""), texts()))
                .as((name, args) -> new Action(Action.Kind.COMMAND, args.isEmpty() ? name : name + " " + args, 0));
        Arbitrary<Action> media = Arbitraries.of("sticker", "voice", "photo", "location", "<b>video</b>", "")
                .map(m -> new Action(Action.Kind.UNSUPPORTED, m, 0));
        Arbitrary<Action> shown = Arbitraries.integers().between(0, 20).map(i -> new Action(Action.Kind.SHOWN, "", i));
        return Arbitraries.frequencyOf(
                Tuple.of(4, text), Tuple.of(3, button), Tuple.of(3, command),
                Tuple.of(1, media), Tuple.of(6, shown),
                Tuple.of(1, Arbitraries.just(new Action(Action.Kind.AGAIN, "", 0))));
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");
    private static final List<String> ALLOWED = List.of("b", "i", "u", "s", "a", "code", "pre");

    /** Null when the text is safe Telegram HTML: only allowed tags, no raw {@code <} left, no script. */
    static String unsafe(String html) {
        if (html.toLowerCase().contains("<script")) {
            return "raw <script> in: " + html;
        }
        Matcher tags = TAG.matcher(html);
        String rest = tags.replaceAll(match -> ALLOWED.contains(match.group(2).toLowerCase())
                && (match.group(3).isEmpty() || match.group(2).equals("a") && match.group(3).matches(" href=\"[^\"<>]*\""))
                ? "" : Matcher.quoteReplacement(match.group()));
        return rest.contains("<") || rest.contains(">") ? "unescaped markup in: " + html : null;
    }
}
