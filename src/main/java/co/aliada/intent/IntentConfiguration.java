package co.aliada.intent;

import co.aliada.content.ContentPart;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.Understanding;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class IntentConfiguration {


    @Bean
    ContentPart<IntentModel> intents(IntentsProperties properties) {
        return ContentPart.of("intents", properties.dir(), IntentFiles::load, IntentFiles.FOLDER, Negation.FILE);
    }

    @Bean
    IntentClassifier intentClassifier(ContentPart<IntentModel> intents) {
        return new IntentClassifier(() -> intents.current().content());
    }

    /** What the conversation engine uses: the classifier, counted. */
    @Bean
    @Primary
    Understanding countedUnderstanding(IntentClassifier classifier, MeterRegistry registry) {
        return new IntentMetrics(classifier, registry);
    }
}
