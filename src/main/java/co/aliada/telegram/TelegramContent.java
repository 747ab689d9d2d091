package co.aliada.telegram;

import java.nio.file.Path;
import java.util.Map;

import co.aliada.content.Problems;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;

/** Checks the texts Telegram needs: a menu description of 1–256 characters for every command, es and en. */
public final class TelegramContent {

    static final int MAX_DESCRIPTION = 256;
    private static final String FILE = TextsLoader.FOLDER + "/telegram.yml";

    private TelegramContent() {
    }

    /** Whether this folder holds texts (an intents folder). */
    public static boolean appliesTo(Path dir) {
        return java.nio.file.Files.isDirectory(dir.resolve(TextsLoader.FOLDER));
    }

    /** Loads the texts under an intents folder and checks them; throws with every problem, else summarises. */
    public static String check(Path intentsDir) {
        Texts texts = TextsLoader.read(intentsDir); // the texts check reports missing texts; not twice
        Problems problems = new Problems();
        for (Map.Entry<String, String> names : BotCommands.NAMES) {
            String key = "telegram.command." + names.getKey();
            if (!texts.has(key)) {
                problems.add(FILE, 0, "missing '" + key + "', the menu description of /" + names.getKey()
                        + " and /" + names.getValue());
                continue;
            }
            for (String lang : new String[] {Texts.SPANISH, Texts.ENGLISH}) {
                if (texts.get(key, lang).length() > MAX_DESCRIPTION) {
                    problems.add(FILE, 0, "'" + key + "' (" + lang + ") is over " + MAX_DESCRIPTION
                            + " characters, Telegram's limit for a command description");
                }
            }
        }
        problems.throwIfAny();
        return BotCommands.NAMES.size() + " commands described";
    }
}
