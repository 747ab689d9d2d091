package co.aliada.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import co.aliada.conversation.Outbound;
import co.aliada.conversation.Outbox;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps replies for Telegram chats ({@code tg:…}) as outbox rows, one per Bot API call, in the caller's
 * transaction; the sender is woken once that transaction commits. Other chats are handed back.
 */
final class TelegramOutbox implements Outbox {

    private final OutboxTable table;
    private final Clock clock;
    private final Runnable wake;

    TelegramOutbox(OutboxTable table, Clock clock, Runnable wake) {
        this.table = table;
        this.clock = clock;
        this.wake = wake;
    }

    @Override
    public List<Outbound> keep(List<Outbound> messages) {
        List<Outbound> others = new ArrayList<>();
        List<java.util.Map.Entry<String, Piece>> kept = new ArrayList<>();
        for (Outbound message : messages) {
            List<Piece> pieces = Piece.of(message);
            if (pieces.isEmpty()) {
                others.add(message);
            }
            pieces.forEach(piece -> kept.add(java.util.Map.entry(message.chat(), piece)));
        }
        if (!kept.isEmpty()) {
            table.insertAll(kept, clock.instant());
            wakeAfterCommit();
        }
        return others;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.run();
                }
            });
        } else {
            wake.run();
        }
    }
}
