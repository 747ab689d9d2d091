package co.aliada.followup;

import java.time.Clock;

import co.aliada.challenge.Challenges;
import co.aliada.content.ContentPart;
import co.aliada.conversation.ChatUnreachable;
import co.aliada.conversation.Command;
import co.aliada.conversation.Delivery;
import co.aliada.conversation.Step;
import co.aliada.conversation.Texts;
import co.aliada.escalation.EscalationProperties;
import co.aliada.privacy.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class FollowupConfiguration {

    @Bean FollowupStore followupStore(JdbcTemplate jdbc) {
        return new FollowupStore(jdbc);
    }

    @Bean FollowupMessages followupMessages(ContentPart<Texts> texts, Challenges challenges) {
        return new FollowupMessages(texts, challenges);
    }

    @Bean FollowupSchedule followupSchedule(FollowupStore store, FollowupMessages messages, FollowupProperties props,
                                            EscalationProperties office, TransactionTemplate tx,
                                            ObjectProvider<Delivery> delivery, Clock clock) {
        return new FollowupSchedule(store, messages, props, office, tx, delivery::getIfAvailable, clock);
    }

    @Bean Command remindersCommand(FollowupStore store, ObjectProvider<ReachLater> reach, Clock clock) {
        return new RemindersCommand(store, reach.getIfAvailable(ReachLater::none), clock);
    }

    @Bean Step followupOptInStep(ObjectProvider<ReachLater> reach) {
        return new OptInStep(reach.getIfAvailable(ReachLater::none));
    }

    @Bean Command followupAnswerCommand(FollowupStore store, Challenges challenges, FollowupProperties props, Clock clock) {
        return new FollowupAnswerCommand(store, challenges, props, clock);
    }

    @Bean PersonalData followupData(FollowupStore store) {
        return new FollowupData(store);
    }

    @Bean FollowupFigures followupFigures(JdbcTemplate jdbc) {
        return new FollowupFigures(jdbc);
    }

    @Bean BlockedChats blockedChats(FollowupStore store, Clock clock) {
        return new BlockedChats(store, clock);
    }

    /** Telegram said 403 (the person blocked the bot): stop every follow-up to that chat for good. */
    static final class BlockedChats {

        private final FollowupStore store;
        private final Clock clock;

        BlockedChats(FollowupStore store, Clock clock) {
            this.store = store;
            this.clock = clock;
        }

        @EventListener
        void on(ChatUnreachable event) {
            store.blocked(event.chat(), clock.instant());
        }
    }
}
