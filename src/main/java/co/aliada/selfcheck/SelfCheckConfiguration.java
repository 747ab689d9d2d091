package co.aliada.selfcheck;

import java.time.Clock;

import co.aliada.content.HotReload;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class SelfCheckConfiguration {


    @Bean(destroyMethod = "close")
    HotReload<SelfCheck> selfCheckContent(IntentsProperties intents, Clock clock) {
        return new HotReload<>("selfcheck", intents.dir(), SelfCheckLoader::load, HotReload.DEBOUNCE, clock).loadInBackground().watch();
    }

    @Bean
    SelfCheckLabels selfCheckLabels(HotReload<SelfCheck> content) {
        return new SelfCheckLabels(() -> content.current().content());
    }

    @Bean
    SelfCheckHistory selfCheckHistory(JdbcTemplate jdbc) {
        return new SelfCheckHistory(jdbc);
    }

    @Bean
    Step selfCheckStep(HotReload<SelfCheck> content, SelfCheckHistory history, Clock clock) {
        return new SelfCheckStep(() -> content.current().content(), new SelfCheckResult(history, clock));
    }

    @Bean
    MenuEntry selfCheckMenuEntry() {
        return new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID);
    }
}
