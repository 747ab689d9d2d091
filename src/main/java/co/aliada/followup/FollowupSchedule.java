package co.aliada.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import co.aliada.conversation.Delivery;
import co.aliada.conversation.LogSafe;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.escalation.EscalationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at the schedule every {@code aliada.followup.check}: plans the messages that new recommendations and
 * self-checks call for, then, on office days and hours, claims each due message and puts it in the channel's
 * outbox in one transaction, so a message is sent once even with several instances or after a restart.
 */
final class FollowupSchedule {

    private static final Logger log = LoggerFactory.getLogger(FollowupSchedule.class);
    private static final int BATCH = 100;

    private final FollowupStore store;
    private final FollowupMessages messages;
    private final FollowupProperties props;
    private final EscalationProperties office;
    private final TransactionTemplate tx;
    private final Supplier<Delivery> delivery;
    private final Clock clock;

    /** @param delivery gives null while no channel can push messages (Telegram off): then nothing is claimed */
    FollowupSchedule(FollowupStore store, FollowupMessages messages, FollowupProperties props, EscalationProperties office,
                     TransactionTemplate tx, Supplier<Delivery> delivery, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.props = props;
        this.office = office;
        this.tx = tx;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aliada.followup.check:1m}", initialDelayString = "${aliada.followup.check:1m}")
    void tick() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("follow-up schedule could not run: {}", e.toString());
        }
    }

    /** One look at the schedule; returns how many messages went to the outbox. */
    int run() {
        plan();
        Instant now = clock.instant();
        Delivery out = delivery.get();
        if (out == null || !officeOpen(now)) {
            return 0;
        }
        int sent = 0;
        for (FollowupStore.Scheduled row : store.due(now, BATCH)) {
            if (Boolean.TRUE.equals(tx.execute(status -> send(row, out, now)))) {
                sent++;
            }
        }
        return sent;
    }

    /** Adds what new recommendations and self-checks call for; a row another instance added first is skipped. */
    void plan() {
        store.unscheduledRecommendations().forEach(c -> store.schedule(c.chat(), FollowupStore.CONTACT, c.refId(), 1,
                c.at().plus(props.after())));
        store.unscheduledSelfChecks().forEach(c -> store.schedule(c.chat(), FollowupStore.REASSESS, c.refId(), 1,
                c.at().plus(props.reassessAfter())));
    }

    private boolean send(FollowupStore.Scheduled row, Delivery out, Instant now) {
        if (!store.claim(row.id(), now)) {
            return false;
        }
        boolean stale = FollowupStore.REASSESS.equals(row.kind())
                && !store.latestSelfCheck(row.chat()).map(id -> id == row.refId()).orElse(false);
        Optional<Outbound> message = stale ? Optional.empty()
                : messages.of(row, store.lang(row.chat()).map(Texts::language).orElse(Texts.SPANISH));
        if (message.isEmpty()) {
            store.cancel(row.id());
            return false;
        }
        out.deliver(List.of(message.get()));
        log.debug("follow-up {} ({}) queued for {}", row.id(), row.kind(), LogSafe.chat(row.chat()));
        return true;
    }

    /** Only on the office's days and hours, so nobody is written to at night or on a Sunday. */
    boolean officeOpen(Instant now) {
        ZonedDateTime at = now.atZone(office.zone());
        return office.officeDays().contains(at.getDayOfWeek())
                && !at.toLocalTime().isBefore(office.opens()) && at.toLocalTime().isBefore(office.closes());
    }
}
