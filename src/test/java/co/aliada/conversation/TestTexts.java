package co.aliada.conversation;

import java.nio.file.Path;

/** The real bot texts from the project's {@code intents/} folder, loaded once. */
public final class TestTexts {

    private static final Texts TEXTS = TextsLoader.load(Path.of("intents"));

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
