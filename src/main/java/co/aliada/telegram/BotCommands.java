package co.aliada.telegram;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import co.aliada.conversation.CommandName;
import co.aliada.conversation.Texts;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The commands shown in Telegram's menu, Spanish by default and English for English-speaking users.
 * An English name works even where the feature only knows the Spanish one.
 */
final class BotCommands {

    /** Spanish name, English name of the menu's commands, from {@link CommandName}. */
    static final List<Map.Entry<String, String>> NAMES = CommandName.menu().stream()
            .map(command -> Map.entry(command.spanish(), command.english())).toList();
    private static final Map<String, String> SPANISH_OF = NAMES.stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    private final Predicate<String> known;

    /** @param known whether the engine has a command by that name */
    BotCommands(Predicate<String> known) {
        this.known = known;
    }

    /** The name the engine knows for a typed command: {@code advisor} becomes {@code asesor} if need be. */
    String alias(String typed) {
        String spanish = SPANISH_OF.get(typed);
        return !known.test(typed) && spanish != null && known.test(spanish) ? spanish : typed;
    }

    /** The menus to register; only commands some feature answers are listed. */
    List<SetMyCommands> menus(Texts texts) {
        return List.of(menu(texts, Texts.SPANISH, Map.Entry::getKey),
                menu(texts, Texts.ENGLISH, Map.Entry::getValue));
    }

    private SetMyCommands menu(Texts texts, String lang, Function<Map.Entry<String, String>, String> name) {
        List<BotCommand> commands = NAMES.stream().filter(pair -> known.test(pair.getKey()))
                .map(pair -> new BotCommand(name.apply(pair), description(texts, pair.getKey(), lang))).toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> menu = SetMyCommands.builder().commands(commands);
        return lang.equals(Texts.SPANISH) ? menu.build() : menu.languageCode(lang).build();
    }

    private static String description(Texts texts, String spanishName, String lang) {
        String key = "telegram.command." + spanishName;
        return texts.has(key) ? texts.get(key, lang) : spanishName;
    }
}
