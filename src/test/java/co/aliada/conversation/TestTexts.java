package co.aliada.conversation;

import java.nio.file.Path;

import co.aliada.content.TestContent;

/**
 * Where engine tests read their content, and its texts, loaded once. Fixtures read the intents folder
 * only through {@link #INTENTS}, so moving the tests' content is a change here.
 */
public final class TestTexts {

    /** The intents folder (texts, intents, self-check, challenges) that engine tests use. */
    public static final Path INTENTS = TestContent.INTENTS;
    private static final Texts TEXTS = TextsLoader.load(INTENTS);

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
