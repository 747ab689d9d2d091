package co.aliada.conversation;

/**
 * A typed request about what a feature keeps for the chat ("los servicios del reto 2", "borrar el primer reto"), which
 * that feature answers at any step that waits for a tap or at the menu, ahead of the step's own reading, the buttons'
 * numbers and the classifier ("borrar reto" leaned to erasing all the data; "el primer reto" was the first service).
 */
public interface Recall {

    /** Answers the text and returns true, or returns false having done nothing. Asked only of typed texts. */
    boolean answer(Inbound in, Turn turn);
}
