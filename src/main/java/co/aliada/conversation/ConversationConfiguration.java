package co.aliada.conversation;

import java.util.List;

import co.aliada.content.ContentPart;
import co.aliada.content.IntentsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Drawings drawings(List<Drawer> drawers) {
        return new Drawings(drawers);
    }

    @Bean
    ContentPart<Texts> texts(IntentsProperties intents) {
        return TextsLoader.part(intents.dir());
    }

    @Bean
    MenuStep menuStep(List<MenuEntry> entries) {
        return new MenuStep(entries);
    }

    @Bean
    ConversationEngine conversationEngine(ChatStore store, ContentPart<Texts> texts,
                                          ObjectProvider<Understanding> understanding,
                                          List<Step> steps, List<Command> commands,
                                          ObjectProvider<Interceptor> interceptors, ObjectProvider<Recall> recalls,
                                          TurnMetrics metrics) {
        return new ConversationEngine(store, () -> texts.current().content(),
                understanding.getIfAvailable(() -> Understanding.NOTHING), steps, commands, interceptors.orderedStream().toList(),
                recalls.orderedStream().toList())
                .observedBy(metrics);
    }
}
