package co.aliada.content;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * UP only while the content is loaded. A refused change leaves it UP (the previous content serves)
 * but says so: {@code reloading: failing} and the folder's problems.
 */
@Component
class ContentHealth extends AbstractHealthIndicator {

    private final LiveContent content;

    ContentHealth(LiveContent content) {
        this.content = content;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!content.isLoaded()) {
            builder.down().withDetail("content", "not loaded");
            return;
        }
        builder.up();
        content.current().parts().forEach((part, loaded) -> builder.withDetail(part.name(), loaded.version()));
        builder.withDetail("reloading", content.lastErrors().isEmpty() ? "ok" : "failing");
        if (content.servingLastGood()) {
            builder.withDetail("serving", "the last content that passed: the files on disk are refused (see lastError)");
        }
        for (Path folder : content.folders()) {
            String name = String.valueOf(folder.getFileName());
            builder.withDetail(name + ".watching", content.watching(folder));
            content.lastError(folder).ifPresent(error -> builder.withDetail(name + ".lastError", error.summary()));
            List<ContentProblem> warnings = content.warnings(folder);
            if (!warnings.isEmpty()) {
                builder.withDetail(name + ".warnings", warnings.stream().map(ContentProblem::toString).toList());
            }
        }
    }
}
