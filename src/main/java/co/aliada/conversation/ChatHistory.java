package co.aliada.conversation;

import java.util.List;

/**
 * What a channel without a history of its own (the web page) needs to show a conversation again after
 * a reload. The store hands it every turn inside the turn's transaction, like the {@link Outbox}, so a
 * message is in the history exactly when its turn committed; it keeps only the chats it shows.
 */
public interface ChatHistory {

    /**
     * @param in      what the person sent
     * @param said    the person's message as they saw it (a press as its button's label), or null
     * @param replies every reply of the turn, for this chat and others (a consultant's answer to a web user)
     * @param declined whether the person of {@code in}'s chat declined consent: then nothing of that chat is kept
     */
    void keep(Inbound in, String said, List<Outbound> replies, boolean declined);
}
