package co.aliada.intent;

import java.time.Clock;

import co.aliada.content.HotReload;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.Understanding;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class IntentConfiguration {


    @Bean(destroyMethod = "close")
    HotReload<IntentModel> intents(IntentsProperties properties, Clock clock) {
        return new HotReload<>("intents", properties.dir(), IntentFiles::load, HotReload.DEBOUNCE, clock).loadInBackground().watch();
    }

    @Bean
    IntentClassifier intentClassifier(HotReload<IntentModel> intents) {
        return new IntentClassifier(() -> intents.current().content());
    }

    /** What the conversation engine uses: the classifier, counted. */
    @Bean
    @Primary
    Understanding countedUnderstanding(IntentClassifier classifier, MeterRegistry registry) {
        return new IntentMetrics(classifier, registry);
    }
}
