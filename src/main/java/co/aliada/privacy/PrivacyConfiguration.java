package co.aliada.privacy;

import java.time.Clock;
import java.util.List;

import co.aliada.content.ContentPart;
import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Texts;
import co.aliada.store.ErasedStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean PersonalData chatStateData(JdbcTemplate jdbc) {
        return new ChatStateData(jdbc);
    }

    @Bean PersonalData transcriptData(JdbcTemplate jdbc) {
        return new TranscriptData(jdbc);
    }

    @Bean PersonalDataSources personalDataSources(List<PersonalData> sources, Clock clock, ErasedStorage storage) {
        return new PersonalDataSources(sources, clock, storage);
    }

    @Bean Command myDataCommand(PersonalDataSources sources) {
        return new MyDataCommand(sources);
    }

    @Bean Command deleteMyDataCommand(PersonalDataSources sources) {
        return new DeleteMyDataCommand(sources);
    }

    @Bean Command privacyCommand(PrivacyProperties properties) {
        return new PrivacyCommand(properties);
    }

    @Bean RetentionSweep retentionSweep(JdbcTemplate jdbc, TransactionTemplate tx, PersonalDataSources sources,
                                        PrivacyProperties properties, Clock clock,
                                        co.aliada.store.ClusterLock lock) {
        return new RetentionSweep(jdbc, tx, sources, properties, clock, lock);
    }

    @Bean ControllerNoticeCheck controllerNoticeCheck(ContentPart<Texts> texts) {
        return new ControllerNoticeCheck(texts);
    }

    @Bean MenuEntry privacyMenuEntry() {
        return new MenuEntry(95, "privacy.button.privacy", CommandName.PRIVACY.slash());
    }
}
