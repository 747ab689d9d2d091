package co.aliada.escalation;

import java.time.Clock;
import java.util.function.Supplier;

import co.aliada.conversation.Delivery;
import co.aliada.conversation.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/** The escalation feature wired by hand, so that Spring and plain tests build it the same way. */
record EscalationParts(CaseStore cases, CaseCard card, Escalations escalations, CaseDesk desk,
                       OpenCaseInterceptor openCase, ConsultantPrivateChat consultantPrivate, CaseRating rating,
                       ConsultantsChat group, EscalationProperties props, WebCaseGate webGate, WebContact webContact) {

    static EscalationParts create(JdbcTemplate jdbc, Clock clock, EscalationProperties props, ConsultantsChat group,
                                  Challenges challenges) {
        return create(jdbc, clock, props, group, challenges, CardLabels.ids());
    }

    static EscalationParts create(JdbcTemplate jdbc, Clock clock, EscalationProperties props, ConsultantsChat group,
                                  Challenges challenges, CardLabels labels) {
        CaseStore cases = new CaseStore(jdbc, clock);
        OfficeHours hours = new OfficeHours(props, clock);
        ConsultantStore consultants = new ConsultantStore(jdbc, clock);
        CaseCard card = new CaseCard(challenges, new TranscriptFormatter(jdbc, props.zone()), hours,
                props.consultantsLang(), labels).presenting(consultants);
        WebCaseGate gate = new WebCaseGate(jdbc, group, cases, clock, props.webCasesPerHour());
        Escalations escalations = new Escalations(cases, card, hours, group, props.consultantsLang(), props.reopenWithin())
                .limitedBy(props.casesPerDay(), gate);
        CaseDesk desk = new CaseDesk(group, new CaseActions(cases, card, consultants, group.key(), props.consultantsLang(), group::reaches));
        return new EscalationParts(cases, card, escalations, desk, new OpenCaseInterceptor(escalations, group),
                new ConsultantPrivateChat(group, consultants, cases), new CaseRating(cases), group, props,
                gate, new WebContact(escalations));
    }

    CaseReminders reminders(Supplier<Texts> texts, Supplier<Delivery> delivery) {
        return new CaseReminders(cases, card, group, props, texts, delivery);
    }

    CaseReminders reminders(Supplier<Texts> texts, Supplier<Delivery> delivery, co.aliada.store.ClusterLock lock) {
        return new CaseReminders(cases, card, group, props, texts, delivery, lock);
    }
}
