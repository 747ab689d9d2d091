package co.aliada.escalation;

import java.time.Clock;

import co.aliada.content.ContentPart;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Interceptor;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Texts;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    ConsultantsChat consultantsChat(ObjectProvider<ConsultantsDesk> desk) {
        ConsultantsChat chat = ConsultantsChat.of(desk.getIfAvailable(ConsultantsDesk::none));
        if (!chat.configured()) {
            LoggerFactory.getLogger(EscalationConfiguration.class).info(
                    "No consultants' chat: cases are stored, nobody is notified");
        }
        return chat;
    }

    @Bean
    EscalationParts escalationParts(JdbcTemplate jdbc, Clock clock, EscalationProperties props, ConsultantsChat group,
                                    co.aliada.challenge.Challenges challenges, co.aliada.selfcheck.SelfCheckLabels labels) {
        return EscalationParts.create(jdbc, clock, props, group, Challenges.from(challenges), CardLabels.from(labels));
    }


    @Bean
    Command advisorCommand(EscalationParts parts) {
        return new AdvisorCommand(parts.escalations());
    }

    @Bean
    Command botCommand(EscalationParts parts) {
        return new BotCommand(parts.escalations());
    }

    @Bean
    Interceptor caseDesk(EscalationParts parts) {
        return parts.desk();
    }

    @Bean
    Interceptor consultantPrivateChat(EscalationParts parts) {
        return parts.consultantPrivate();
    }

    @Bean
    Interceptor caseRating(EscalationParts parts) {
        return parts.rating();
    }

    @Bean
    Interceptor openCaseInterceptor(EscalationParts parts) {
        return parts.openCase();
    }

    @Bean
    Interceptor webContact(EscalationParts parts) {
        return parts.webContact();
    }

    @Bean
    WebCaseGate webCaseGate(EscalationParts parts) {
        return parts.webGate();
    }

    @Bean
    MenuEntry advisorMenuEntry() {
        return new MenuEntry(80, "common.button.human", CommandName.ADVISOR.slash());
    }

    @Bean
    CaseReminders caseReminders(EscalationParts parts, ContentPart<Texts> texts, ObjectProvider<Delivery> delivery,
                                co.aliada.store.ClusterLock lock) {
        return parts.reminders(() -> texts.current().content(), () -> delivery.getIfAvailable(() -> Delivery.NONE), lock);
    }
}
