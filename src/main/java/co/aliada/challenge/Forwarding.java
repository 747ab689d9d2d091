package co.aliada.challenge;

/**
 * Which chats let a person pass a message on to someone else: a port the channel implements (a Telegram
 * message can be forwarded; a web page or the terminal can only be copied). The summary's footer says so.
 */
public interface Forwarding {

    /** Whether a message sent to this chat can be forwarded by the person. */
    boolean forwards(String chat);

    /** No channel that forwards: the summary offers copying. */
    static Forwarding none() {
        return chat -> false;
    }
}
