package co.aliada.conversation;

/** A channel learned that a person can no longer be reached on this chat: they blocked the bot. */
public record ChatUnreachable(String chat) {
}
