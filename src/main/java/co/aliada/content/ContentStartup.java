package co.aliada.content;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Content loads in the background while the rest of the application starts; the application is
 * ready only once the content is loaded, and does not start on broken content.
 */
@Component
class ContentStartup implements ApplicationRunner {

    private final LiveContent content;

    ContentStartup(LiveContent content) {
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        content.awaitLoaded(LiveContent.PATIENCE);
    }
}
