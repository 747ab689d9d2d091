package co.aliada.intent;

import java.time.Clock;
import java.time.Duration;

import co.aliada.content.HotReload;
import co.aliada.content.IntentsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

    /** How long the folder must stay quiet after an edit before the intents are rebuilt. */
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    @Bean(destroyMethod = "close")
    HotReload<IntentModel> intents(IntentsProperties properties, Clock clock) {
        return new HotReload<>("intents", properties.dir(), IntentFiles::load, DEBOUNCE, clock).loadInBackground().watch();
    }

    @Bean
    IntentClassifier intentClassifier(HotReload<IntentModel> intents) {
        return new IntentClassifier(() -> intents.current().content());
    }
}
