package co.aliada.conversation;

import java.util.List;

/**
 * Where a channel that pushes its messages (Telegram) keeps them until they are sent: the store hands
 * it a turn's replies inside the turn's transaction, so a reply exists exactly when its turn committed.
 */
public interface Outbox {

    /**
     * Stores, in order and in the caller's transaction, the messages whose chats this outbox delivers;
     * returns the others, for the caller to hand back as before.
     */
    List<Outbound> keep(List<Outbound> messages);
}
