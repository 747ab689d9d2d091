package co.aliada.escalation;

import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.Delivery;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.scheduling.annotation.Scheduled;

/** Reminds the consultants' chat of cases nobody has taken after {@code aliada.escalation.remind-after}. */
final class CaseReminders {

    private final CaseStore cases;
    private final CaseCard card;
    private final ConsultantsChat group;
    private final EscalationProperties props;
    private final Supplier<Texts> texts;
    private final Supplier<Delivery> delivery;

    CaseReminders(CaseStore cases, CaseCard card, ConsultantsChat group, EscalationProperties props,
                  Supplier<Texts> texts, Supplier<Delivery> delivery) {
        this.cases = cases;
        this.card = card;
        this.group = group;
        this.props = props;
        this.texts = texts;
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${aliada.escalation.reminder-check:PT1M}", initialDelayString = "${aliada.escalation.reminder-check:PT1M}")
    void remindDue() {
        if (!group.configured()) {
            return;
        }
        List<Outbound> reminders = cases.dueForReminder(props.remindAfter()).stream()
                .map(c -> Outbound.text(group.key(), texts.get().get("escalation.group.reminder", props.consultantsLang(),
                        "tag", c.tag(), "minutes", card.minutes(c))).withButtons(List.of(List.of(
                        new Outbound.Button(texts.get().get("escalation.button.take", props.consultantsLang()), CaseCard.TAKE + c.id())))))
                .toList();
        if (!reminders.isEmpty()) {
            delivery.get().deliver(reminders);
        }
    }
}
