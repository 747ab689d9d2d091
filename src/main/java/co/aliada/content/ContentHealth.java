package co.aliada.content;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health is UP only while every content folder (catalogue, intents, texts) is loaded. */
@Component
class ContentHealth extends AbstractHealthIndicator {

    private final List<HotReload<?>> contents;

    ContentHealth(List<HotReload<?>> contents) {
        this.contents = contents;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allLoaded = !contents.isEmpty() && contents.stream().allMatch(HotReload::isLoaded);
        builder.status(allLoaded ? "UP" : "DOWN");
        for (HotReload<?> content : contents) {
            builder.withDetail(content.name(), content.isLoaded() ? content.current().version() : "not loaded");
            content.lastError().ifPresent(error -> builder.withDetail(content.name() + ".lastError", error.summary()));
        }
    }
}
