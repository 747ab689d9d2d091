package co.aliada.conversation;

/**
 * A button on the main menu, contributed by a feature; {@code data} is a slash command or a step id
 * prefixed by {@code menu:}.
 */
public record MenuEntry(int order, String labelKey, String data) {
}
