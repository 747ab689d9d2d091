package co.aliada.conversation;

import java.util.List;

/**
 * Sends messages that are not the answer to a person's own message: a reminder to the consultants'
 * group, a consultant's words relayed later. Each channel delivers the chats it owns.
 */
public interface Delivery {

    void deliver(List<Outbound> messages);

    /** Delivers nothing; for running without any channel that can push. */
    Delivery NONE = messages -> {
    };
}
