package co.aliada.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every command's names in one place: the Spanish name (the one buttons and the engine use), the
 * English one, extra aliases, the intent that runs it from free text, and whether a channel lists it
 * in its menu (in this order). Features answer a command by returning {@link #names()}; Telegram
 * only allows {@code [a-z0-9_]} in names.
 */
public enum CommandName {

    START("start", "start", null, true, "inicio"),
    HELP("ayuda", "help", "help", true),
    LANGUAGE("idioma", "language", "change_language", true, "lang"),
    RESTART("reiniciar", "restart", "restart", true),
    CONTINUE("continuar", "continue", "continue", true, "seguir"),
    ADVISOR("asesor", "advisor", "talk_to_human", true, "humano"),
    MY_DATA("mis_datos", "my_data", "my_data", true),
    DELETE_MY_DATA("borrar_datos", "delete_my_data", "delete_my_data", true),
    MY_CHALLENGES("mis_retos", "my_challenges", "my_challenges", true),
    SUMMARY("resumen", "summary", "summary", true),
    PROFILE("perfil", "profile", null, true),
    REMINDERS("recordatorios", "reminders", null, true),
    BOT("bot", "bot", null, false),
    PRIVACY("privacidad", "privacy", null, false),
    NEW_CHALLENGE("nuevo_reto", "new_challenge", null, false),
    CHALLENGE("reto", "challenge", null, false),
    DELETE_CHALLENGE("borrar_reto", "delete_challenge", null, false),
    SERVICE("servicio", "service", null, false),
    SERVICES("servicios", "services", null, false),
    USEFUL("util", "useful", null, false),
    FOLLOWUP("seguimiento", "followup", null, false),
    ADMIN_STATUS("admin_estado", "admin_status", null, false),
    ADMIN_RELOAD("admin_recargar", "admin_reload", null, false),
    ADMIN_UNDO("admin_deshacer", "admin_undo", null, false),
    ADMIN_REPORT("admin_reporte", "admin_report", null, false),
    // the consultants' chat: answered there only, never in the entrepreneurs' menu
    CASES("casos", "cases", null, false),
    MY_CASES("mis_casos", "my_cases", null, false),
    I_AM("soy", "iam", null, false);

    private final String spanish;
    private final String english;
    private final String intent;
    private final boolean menu;
    private final List<String> aliases;

    CommandName(String spanish, String english, String intent, boolean menu, String... aliases) {
        this.spanish = spanish;
        this.english = english;
        this.intent = intent;
        this.menu = menu;
        this.aliases = List.of(aliases);
    }

    /** The name the engine and buttons use. */
    public String spanish() {
        return spanish;
    }

    public String english() {
        return english;
    }

    /** Every name the command answers to, Spanish first. */
    public List<String> names() {
        return Stream.concat(Stream.of(spanish, english), aliases.stream()).distinct().toList();
    }

    /** Button data that runs the command, such as {@code /asesor}. */
    public String slash() {
        return "/" + spanish;
    }

    /** Button data that runs the command with arguments, such as {@code /asesor fallback}. */
    public String slash(String args) {
        return slash() + " " + args;
    }

    /** Whether a channel lists it in its command menu. */
    public boolean inMenu() {
        return menu;
    }

    /** The command an understood intent runs ({@code talk_to_human} runs {@link #ADVISOR}). */
    public static Optional<CommandName> forIntent(String intentId) {
        return Arrays.stream(values()).filter(c -> c.intent != null && c.intent.equals(intentId)).findFirst();
    }

    /** The commands a channel lists in its menu, in menu order. */
    public static List<CommandName> menu() {
        return Arrays.stream(values()).filter(CommandName::inMenu).toList();
    }
}
