package co.aliada.conversation;

import java.util.List;

/** A slash command, available at every step so that nobody is trapped in a form. */
public interface Command {

    /** The names it answers to, Spanish first, without the slash ({@code ayuda}, {@code help}). */
    List<String> names();

    /** Runs it; {@code args} is what followed the name, possibly empty. */
    void run(Turn turn, String args);
}
