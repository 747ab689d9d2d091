package co.aliada.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** The first load and one watcher per content folder; named, measured and shut down by Spring. */
    @Bean
    ThreadPoolTaskExecutor contentTasks() {
        ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor();
        tasks.setThreadNamePrefix("content-");
        tasks.setCorePoolSize(4);
        tasks.setMaxPoolSize(4);
        tasks.setDaemon(true);
        // A reload under way finishes before the executor goes; watchers end when LiveContent closes.
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setAwaitTerminationSeconds(10);
        return tasks;
    }

    @Bean(destroyMethod = "close")
    LiveContent liveContent(List<ContentPart<?>> parts, @Qualifier("contentTasks") ThreadPoolTaskExecutor tasks,
                            Clock clock, ObjectProvider<MeterRegistry> meters, ContentProperties properties) {
        LiveContent content = new LiveContent(parts, tasks, LiveContent.DEBOUNCE, clock).keepingLastGood(properties.lastGoodDir());
        meters.ifAvailable(registry -> {
            Counter accepted = reloads(registry, "accepted");
            Counter refused = reloads(registry, "refused");
            content.onAccepted(snapshot -> accepted.increment());
            content.onRefused(change -> refused.increment());
        });
        return content.start();
    }

    /**
     * Ends the watchers first when the context closes (the highest phase stops first): the executor's own
     * stop waits for its running tasks, and a watcher runs until it is closed.
     */
    @Bean
    SmartLifecycle contentWatchers(LiveContent content) {
        return new SmartLifecycle() {
            private volatile boolean running = true;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                try {
                    content.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static Counter reloads(MeterRegistry registry, String outcome) {
        return Counter.builder("aliada.content.reloads").tag("outcome", outcome)
                .description("Content changes swapped in (accepted) or refused with their problems").register(registry);
    }
}
