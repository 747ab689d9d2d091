package co.aliada.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One person's message being answered: the state to change, the texts to answer with, and the
 * replies so far. Steps and commands speak through it; the engine decides what happens next.
 */
public final class Turn {

    private final Inbound in;
    private final ChatState state;
    private final Texts texts;
    private final Understanding.Intent intent;
    private final java.util.function.Predicate<String> commands;
    private final List<Outbound> replies = new ArrayList<>();
    private String nextStep;
    private boolean repeat;
    private boolean askingAgain;
    private boolean misunderstood;
    private Outbound.Button yes;
    private Outbound.Button no;
    private boolean irreversible;
    private boolean despairs;
    private boolean comforted;
    private java.util.function.Supplier<Withheld> withheld = () -> Withheld.NONE;

    public Turn(Inbound in, ChatState state, Texts texts, Understanding.Intent intent,
                java.util.function.Predicate<String> commands) {
        this.in = in;
        this.state = state;
        this.texts = texts;
        this.intent = intent;
        this.commands = commands;
    }

    /** Whether a command is available, so features offer only the buttons that work. */
    public boolean hasCommand(String name) {
        return commands.test(name);
    }

    /**
     * Whether a button with this data would do what it says if tapped now: a new challenge is refused while a request
     * for an advisor is open, so "¿Escribimos el primero?" is not asked meanwhile. The engine leaves such buttons out
     * of the replies anyway.
     */
    public boolean offers(String data) {
        return !withheld().refuses(data);
    }

    /** What to offer in place of what is refused now ("↩️ Cerrar la solicitud y volver"), or null. */
    public Outbound.Button instead() {
        return withheld().instead();
    }

    /** What the features that own the chat for a while refuse now, worked out when asked. */
    Withheld withheld() {
        return withheld.get();
    }

    void withheldBy(java.util.function.Supplier<Withheld> features) {
        this.withheld = features;
    }

    public Inbound inbound() {
        return in;
    }

    public ChatState state() {
        return state;
    }

    public String lang() {
        return state.lang();
    }

    public Texts texts() {
        return texts;
    }

    /** What the classifier made of the text; {@link Understanding.Intent#NONE} for buttons and commands. */
    public Understanding.Intent intent() {
        return intent;
    }

    /** A content list of whole answers, both languages together (see {@link Texts#phrases}). */
    public Set<String> phrases(String key) {
        return texts.phrases(key);
    }

    /** A text in the chat's language. */
    public String text(String key, Object... nameValues) {
        return texts.get(key, state.lang(), nameValues);
    }

    /** A message to this chat, ready for buttons or an attachment before {@link #send}. */
    public Outbound message(String key, Object... nameValues) {
        return Outbound.text(state.chat(), text(key, nameValues));
    }

    public Outbound.Button button(String labelKey, String data) {
        return new Outbound.Button(text(labelKey), data);
    }

    /** Buttons laid out as rows of the given width. */
    public static List<List<Outbound.Button>> rows(int width, List<Outbound.Button> buttons) {
        List<List<Outbound.Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += width) {
            rows.add(buttons.subList(i, Math.min(i + width, buttons.size())));
        }
        return rows;
    }

    /** One option proposed on a row of its own ("✅ Sí: 🧳 Turismo"), the others below it two to a row. */
    public static List<List<Outbound.Button>> proposedFirst(Outbound.Button proposed, List<Outbound.Button> others) {
        List<List<Outbound.Button>> rows = new ArrayList<>();
        rows.add(List.of(proposed));
        rows.addAll(rows(2, others));
        return rows;
    }

    public static List<List<Outbound.Button>> column(Outbound.Button... buttons) {
        return Arrays.stream(buttons).map(List::of).toList();
    }

    /** Two buttons, one under the other, that answer a yes/no question, so that typed yes/no words work too. */
    public List<List<Outbound.Button>> yesNo(Outbound.Button yesButton, Outbound.Button noButton) {
        this.yes = yesButton;
        this.no = noButton;
        this.irreversible = false;
        return column(yesButton, noButton);
    }

    /**
     * A yes/no question whose yes cannot be undone (erasing the data, starting over): a typed "no" still answers it,
     * but a bare "sí" does not say yes to it, only the button or its own words ("borrar todo"). What misread the
     * request ("cancelar" read as erasing the data) must not be confirmed by a yes meant for something else.
     */
    public List<List<Outbound.Button>> yesNoIrreversible(Outbound.Button yesButton, Outbound.Button noButton) {
        List<List<Outbound.Button>> rows = yesNo(yesButton, noButton);
        this.irreversible = true;
        return rows;
    }

    /**
     * Whether the last question asked is a yes/no one, asked over the step's own ("¿Borro este reto?" after a list): a
     * bare "no" then answers it, not the step.
     */
    public boolean asksYesNo() {
        return Keyboard.yes(state) != null && Keyboard.no(state) != null;
    }

    public void say(String key, Object... nameValues) {
        send(message(key, nameValues));
    }

    public void send(Outbound reply) {
        replies.add(reply);
    }

    /** Moves the chat to another step, which then asks its question. */
    public void goTo(String stepId) {
        this.nextStep = stepId;
    }

    /** Asks the current step's question again, after a kind word about what was expected. */
    public void repeatStep() {
        this.repeat = true;
    }

    /**
     * After a command's own answer ("/idioma", "/ayuda"), the question the person is at, asked again; while a feature
     * owns the chat (a request for an advisor is open), what they write reaches the advisor and that question's answers
     * would be refused, so they are told so ({@code common.case-open}), with the one way back to the questions (closing
     * the request asks it again). Asked again there, the question came without its answers and the person was stuck.
     */
    public void resumeStep() {
        if (!questionsWait()) {
            repeatStep();
            return;
        }
        Outbound.Button way = instead();
        send(message("common.case-open").withButtons(way == null ? List.of() : column(way)));
    }

    /** Whether a feature owns the chat for now (a request for an advisor is open): going on with the questions is refused. */
    public boolean questionsWait() {
        return !offers(CommandName.CONTINUE.slash());
    }

    /**
     * Whether the step is being entered to ask its question again (after a kind word about what was
     * expected), rather than for the first time: an introduction is not said twice.
     */
    public boolean askingAgain() {
        return askingAgain;
    }

    void askingAgain(boolean again) {
        this.askingAgain = again;
    }

    /**
     * Whether this is a tap on a button with this data that the chat's last keyboard no longer holds: an earlier
     * message's, still on screen (the web page and Telegram keep old keyboards). Typed commands are never stale.
     */
    public boolean pressedEarlier(String data) {
        return in.kind() == Inbound.Kind.BUTTON && state.buttonLabel(data) == null;
    }

    /**
     * A press of a button that is not this question's (an earlier message's keyboard, still on screen): said
     * so, and the question asked again. Not a miss: the person did nothing wrong. Typed, the same words are an
     * earlier question's answer sent again (a weak signal sends twice), and no button is blamed.
     */
    public void stalePress() {
        say(in.kind() == Inbound.Kind.TEXT ? "common.stale-answer" : "common.stale-button");
        repeatStep();
    }

    /**
     * Says the word of comfort ({@code safety.despair}) where the text told of despair about the business ("estoy
     * desesperada, me van a quitar el local"), once a turn: the engine says it ahead of the step's answer, the welcome
     * right after its greeting.
     */
    public void comfort() {
        if (despairs && !comforted) {
            comforted = true;
            say("safety.despair");
        }
    }

    /** Whether the word of comfort was said this turn: what follows it is said without cheer. */
    public boolean comforted() {
        return comforted;
    }

    void despairs(boolean told) {
        this.despairs = told;
    }

    boolean despairs() {
        return despairs;
    }

    /** Marks the input as not understood; two in a row make the engine offer a person. */
    public void notUnderstood() {
        this.misunderstood = true;
    }

    List<Outbound> replies() {
        return replies;
    }

    String takeNextStep() {
        String next = nextStep;
        nextStep = null;
        return next;
    }

    boolean takeRepeat() {
        boolean r = repeat;
        repeat = false;
        return r;
    }

    Outbound.Button yes() {
        return yes;
    }

    Outbound.Button no() {
        return no;
    }

    boolean irreversible() {
        return irreversible;
    }

    boolean misunderstood() {
        return misunderstood;
    }
}
