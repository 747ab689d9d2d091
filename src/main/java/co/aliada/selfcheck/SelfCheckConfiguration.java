package co.aliada.selfcheck;

import java.time.Clock;
import java.time.Duration;

import co.aliada.content.HotReload;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class SelfCheckConfiguration {

    /** How long the intents folder must stay quiet after an edit before the self-check is reloaded. */
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    @Bean(destroyMethod = "close")
    HotReload<SelfCheck> selfCheckContent(IntentsProperties intents, Clock clock) {
        return new HotReload<>("selfcheck", intents.dir(), SelfCheckLoader::load, DEBOUNCE, clock).loadInBackground().watch();
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
