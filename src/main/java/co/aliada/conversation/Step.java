package co.aliada.conversation;

import java.util.Optional;

/**
 * One step of a conversation: it asks ({@link #enter}) and takes the answer ({@link #handle}).
 * A step owns no flow: it tells the turn where to go next by step id.
 */
public interface Step {

    /** Unique id, stored as the chat's position; keep it stable across releases. */
    String id();

    /** Says what this step asks, with its buttons. Called on arrival and to repeat the question. */
    void enter(Turn turn);

    /** Takes the person's input while the chat is at this step. */
    void handle(Inbound in, Turn turn);

    /**
     * Whether free text is this step's expected answer (a municipality, a challenge). Such text goes
     * to the step unless a strong intent (help, a person, restart…) is recognised in it.
     */
    default boolean expectsText() {
        return false;
    }

    /**
     * Free text typed at this step that a strong request (a person, help…) took over instead. A step
     * may keep it, so that what the person wrote is not lost when they come back.
     */
    default void interrupted(Inbound in, Turn turn) {
    }

    /**
     * Whether the step keeps what the person answers (the profile, the self-check, a challenge). Such a step
     * waits until the consent question is answered (Ley 1581): an old button or a command that leads to it
     * before then leads to the consent question instead.
     */
    default boolean keepsAnswers() {
        return false;
    }

    /**
     * Whether the step's answer is prose (a challenge, who it affects), where words that lean to a request are common
     * ("se me borró todo el inventario"): there only a sure request interrupts it. A step that asks for a tap and takes
     * a challenge typed instead says so too: there a text longer than a brief request is read the same way.
     */
    default boolean takesProse() {
        return false;
    }

    /**
     * Whether something typed here was started and waits for more words ("pues", then "la clientela…"): then a text is
     * its continuation, never a tap on a button still on screen.
     */
    default boolean midSentence(ChatState state) {
        return false;
    }

    /**
     * Whether a need told here, where the step asks for something else (a challenge typed at a self-check question
     * or at the menu), is kept for a challenge and offered to be worked on. False for the steps that are writing a
     * challenge already: there such text belongs to it.
     */
    default boolean keepsToldNeeds() {
        return true;
    }

    /**
     * Whether this typed text is a question about what the step asks, answered by the step itself ahead of the
     * command or the person its words lean to ("¿para qué usan mis datos?" at the consent question is no request for
     * /mis_datos; "¿cómo los contacto?" after the services is no request for an advisor). Asked of every typed text
     * where the step does not wait for free text, and where a command was heard.
     */
    default boolean answersItself(Inbound in, Turn turn) {
        return false;
    }

    /**
     * The data of the button on screen this typed text stands for here, pressed as a tap would press it, ahead of the
     * options' own words: "sí" to an offer shown above "➕ Otro reto", whose own words take a "sí" too. Empty by default.
     */
    default Optional<String> pressedBy(Inbound in, Turn turn) {
        return Optional.empty();
    }

    /**
     * Whether the step says back the answer it keeps, in its own words ("Listo, ahora trabajan 11 a 50 personas"): then
     * a typed answer read into an option ("somos 25") is not also said back as "Anoté: 11 a 50".
     */
    default boolean saysBackItsAnswer() {
        return false;
    }

    /**
     * Whether this typed text, long as it is, answers what the step asks in words the step reads ("más o menos,
     * tenemos un cuaderno…" at a self-check question): then its length alone does not make it a need told there; a
     * need told clearly still is.
     */
    default boolean readsAsItsAnswer(Inbound in, Turn turn) {
        return false;
    }
}
