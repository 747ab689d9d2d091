package co.aliada.escalation;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import co.aliada.store.ClusterLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminds the consultants' chat of cases nobody has taken: first after {@code aliada.escalation.remind-after},
 * then after twice the last wait, up to {@code remind-max}; only in office hours, when someone can act on it.
 * With several instances, one of them at a time (a lease of the {@link ClusterLock}).
 */
final class CaseReminders {

    private final CaseStore cases;
    private final CaseCard card;
    private final ConsultantsChat group;
    private final EscalationProperties props;
    private final Supplier<Texts> texts;
    private final Supplier<Delivery> delivery;
    private final ClusterLock lock;
    private final OfficeHours hours;

    CaseReminders(CaseStore cases, CaseCard card, ConsultantsChat group, EscalationProperties props,
                  Supplier<Texts> texts, Supplier<Delivery> delivery) {
        this(cases, card, group, props, texts, delivery, null);
    }

    CaseReminders(CaseStore cases, CaseCard card, ConsultantsChat group, EscalationProperties props,
                  Supplier<Texts> texts, Supplier<Delivery> delivery, ClusterLock lock) {
        this.cases = cases;
        this.card = card;
        this.group = group;
        this.props = props;
        this.texts = texts;
        this.delivery = delivery;
        this.lock = lock;
        this.hours = new OfficeHours(props, cases.clock());
    }

    @Scheduled(fixedDelayString = "${aliada.escalation.reminder-check:PT1M}", initialDelayString = "${aliada.escalation.reminder-check:PT1M}")
    void scheduledCheck() {
        if (lock == null) {
            remindDue();
        } else {
            lock.runOnce("case-reminders", Duration.ofMinutes(5), Duration.ofSeconds(5), this::remindDue);
        }
    }

    void remindDue() {
        if (!group.configured() || !hours.openNow()) {
            return;
        }
        List<Outbound> reminders = cases.dueForReminder(props.remindAfter(), props.remindMax()).stream()
                .map(c -> Outbound.text(group.key(), texts.get().get("escalation.group.reminder", props.consultantsLang(),
                        "tag", c.tag(), "minutes", card.minutes(c))).withButtons(List.of(List.of(
                        new Outbound.Button(texts.get().get("escalation.button.take", props.consultantsLang()), CaseCard.TAKE + c.id())))).inThread(c.tag()))
                .toList();
        if (!reminders.isEmpty()) {
            delivery.get().deliver(reminders);
        }
    }
}
