package co.aliada.content;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Content loads in the background while the rest of the application starts; the application is
 * ready only once every content folder is loaded, and does not start on broken content.
 */
@Component
class ContentStartup implements ApplicationRunner {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final List<HotReload<?>> contents;

    ContentStartup(List<HotReload<?>> contents) {
        this.contents = contents;
    }

    @Override
    public void run(ApplicationArguments args) {
        contents.forEach(content -> content.awaitLoaded(PATIENCE));
    }
}
