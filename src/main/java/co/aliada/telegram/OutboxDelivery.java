package co.aliada.telegram;

import java.util.List;

import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Outbox;
import org.springframework.transaction.support.TransactionTemplate;

/** Telegram's only way out for messages that are not a turn's replies: into the outbox, in a transaction of their own. */
final class OutboxDelivery implements Delivery {

    private final Outbox outbox;
    private final TransactionTemplate tx;

    OutboxDelivery(Outbox outbox, TransactionTemplate tx) {
        this.outbox = outbox;
        this.tx = tx;
    }

    @Override
    public void deliver(List<Outbound> messages) {
        tx.executeWithoutResult(status -> outbox.keep(messages));
    }
}
