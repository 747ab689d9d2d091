package co.aliada.conversation;

import co.aliada.content.TestContent;

/** The bot texts of the test content (a copy of {@code intents/}), loaded once. */
public final class TestTexts {

    private static final Texts TEXTS = TextsLoader.load(TestContent.INTENTS);

    private TestTexts() {
    }

    public static Texts texts() {
        return TEXTS;
    }

    /** A text as a channel without markup shows it. */
    public static String plain(String key, String lang, Object... nameValues) {
        return Html.toPlain(TEXTS.get(key, lang, nameValues));
    }
}
