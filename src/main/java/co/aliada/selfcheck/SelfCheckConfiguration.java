package co.aliada.selfcheck;

import java.time.Clock;

import co.aliada.content.ContentPart;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.Drawer;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class SelfCheckConfiguration {


    @Bean
    ContentPart<SelfCheck> selfCheckContent(IntentsProperties intents) {
        return ContentPart.of("selfcheck", intents.dir(), SelfCheckLoader::load, SelfCheckLoader.FILE);
    }

    @Bean
    SelfCheckLabels selfCheckLabels(ContentPart<SelfCheck> content) {
        return new SelfCheckLabels(() -> content.current().content());
    }

    @Bean
    SelfCheckHistory selfCheckHistory(JdbcTemplate jdbc) {
        return new SelfCheckHistory(jdbc);
    }

    @Bean
    Step selfCheckStep(ContentPart<SelfCheck> content, SelfCheckHistory history, Clock clock) {
        return new SelfCheckStep(() -> content.current().content(), new SelfCheckResult(history, clock));
    }

    @Bean
    Drawer radarDrawer() {
        return new RadarDrawer();
    }

    @Bean
    Recall selfCheckRetake() {
        return new SelfCheckRetake();
    }

    @Bean
    Recall levelMeaning(ContentPart<SelfCheck> content) {
        return new LevelMeaning(() -> content.current().content());
    }

    @Bean
    Recall previousAnswerChange(ContentPart<SelfCheck> content) {
        return new PreviousAnswerChange(() -> content.current().content());
    }

    @Bean
    MenuEntry selfCheckMenuEntry() {
        return new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID);
    }
}
