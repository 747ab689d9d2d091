package co.aliada.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one chat stands: its language, its step, its consent, and the answers given so far as a
 * flat map whose keys are namespaced by feature ({@code profile.sector}, {@code selfcheck.L1}).
 * One instance lives for one turn and is saved with it; it is never shared between threads.
 */
public final class ChatState {

    /** Consent under Ley 1581 de 2012: nothing personal is kept unless it is {@code ACCEPTED}. */
    public enum Consent { NONE, ACCEPTED, DECLINED }

    /** The engine's bookkeeping keys: the buttons last shown, by their data, and its own counters. */
    private static final String KEYBOARD = "kb.";
    static final String ENGINE = "engine.";
    /**
     * A need the person told where the bot asked something else ("no tengo clientes" at a self-check question or at
     * the menu): kept for the challenge they write next, so they never type it twice.
     */
    public static final String TOLD_NEED = "need.told";

    private final String chat;
    private String lang;
    private String step;
    private Consent consent;
    private final Map<String, String> data;

    public ChatState(String chat, String lang, String step, Consent consent, Map<String, String> data) {
        this.chat = chat;
        this.lang = lang;
        this.step = step;
        this.consent = consent == null ? Consent.NONE : consent;
        this.data = new LinkedHashMap<>(data == null ? Map.of() : data);
    }

    public static ChatState fresh(String chat) {
        return new ChatState(chat, null, null, Consent.NONE, Map.of());
    }

    public String chat() {
        return chat;
    }

    public String lang() {
        return lang == null ? Texts.SPANISH : lang;
    }

    public boolean hasLang() {
        return lang != null;
    }

    public void lang(String value) {
        this.lang = Texts.language(value);
    }

    public String step() {
        return step;
    }

    public void step(String value) {
        this.step = value;
    }

    public Consent consent() {
        return consent;
    }

    public void consent(Consent value) {
        this.consent = value;
    }

    public boolean consented() {
        return consent == Consent.ACCEPTED;
    }

    public String get(String key) {
        return data.get(key);
    }

    public String get(String key, String fallback) {
        return data.getOrDefault(key, fallback);
    }

    public int getInt(String key, int fallback) {
        String value = data.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }

    public void put(String key, Object value) {
        if (value == null) {
            data.remove(key);
        } else {
            data.put(key, String.valueOf(value));
        }
    }

    /** Forgets every key that starts with this prefix, such as {@code selfcheck.}. */
    public void clear(String prefix) {
        data.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** The label of the button with this data among those last shown in the chat, or null. */
    public String buttonLabel(String buttonData) {
        return data.get(KEYBOARD + buttonData);
    }

    /** Whether a button with this label is among those last shown in the chat (read from memory, never the store). */
    public boolean showsButtonLabelled(String label) {
        return data.entrySet().stream().anyMatch(e -> e.getKey().startsWith(KEYBOARD) && e.getValue().equals(label));
    }

    /** Remembers the buttons just shown, so a later press can be told by its label. */
    void buttonsShown(List<Outbound.Button> shown) {
        clear(KEYBOARD);
        shown.forEach(button -> put(KEYBOARD + button.data(), button.label()));
    }

    /** Whether a key is the engine's own bookkeeping (buttons shown, counters), nothing a person told. */
    public static boolean isBookkeeping(String key) {
        return key.startsWith(KEYBOARD) || key.startsWith(ENGINE);
    }

    /** A copy of the data, for storage and for data-subject requests. */
    public Map<String, String> data() {
        return Map.copyOf(data);
    }
}
