package co.aliada.followup;

/**
 * Which chats the bot can write to later, on its own initiative: a port the channel that can push
 * implements (Telegram's adapter). A web chat has no way to reach a person once the page is closed.
 */
public interface ReachLater {

    /** Whether a message can be sent to this chat when the person is not talking. */
    boolean reaches(String chat);

    /** No channel that can push: nobody is asked and nothing is scheduled. */
    static ReachLater none() {
        return chat -> false;
    }
}
