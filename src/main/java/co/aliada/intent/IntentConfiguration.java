package co.aliada.intent;

import co.aliada.content.ContentPart;
import co.aliada.content.IntentsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
