package co.aliada.conversation;

import java.time.Clock;
import java.util.List;

import co.aliada.content.HotReload;
import co.aliada.content.IntentsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {


    @Bean(destroyMethod = "close")
    HotReload<Texts> texts(IntentsProperties intents, Clock clock) {
        return new HotReload<>("texts", intents.dir(), TextsLoader::load, HotReload.DEBOUNCE, clock).loadInBackground().watch();
    }

    @Bean
    MenuStep menuStep(List<MenuEntry> entries) {
        return new MenuStep(entries);
    }

    @Bean
    ConversationEngine conversationEngine(ChatStore store, HotReload<Texts> texts,
                                          ObjectProvider<Understanding> understanding,
                                          List<Step> steps, List<Command> commands,
                                          ObjectProvider<Interceptor> interceptors, TurnMetrics metrics) {
        return new ConversationEngine(store, () -> texts.current().content(),
                understanding.getIfAvailable(() -> Understanding.NOTHING), steps, commands, interceptors.orderedStream().toList())
                .observedBy(metrics);
    }
}
