package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content loads beside start-up: readers wait for the first load, and broken content stops the start. */
class HotReloadTests {

    @TempDir
    Path dir;

    @Test
    void readersWaitForTheFirstLoadInTheBackground() throws Exception {
        Files.writeString(dir.resolve("a.yml"), "x: 1");
        CountDownLatch release = new CountDownLatch(1);
        HotReload<String> content = new HotReload<>("slow", dir, d -> {
            await(release);
            return "loaded";
        }, Duration.ofMillis(50), Clock.systemUTC()).loadInBackground();

        assertThat(content.isLoaded()).isFalse();
        release.countDown();

        assertThat(content.current().content()).isEqualTo("loaded");
        assertThat(content.isLoaded()).isTrue();
    }

    @Test
    void aBrokenFirstLoadReportsItsProblemsToWhoeverWaits() throws Exception {
        Files.writeString(dir.resolve("a.yml"), "x: 1");
        HotReload<String> content = new HotReload<String>("broken", dir, d -> {
            throw new ContentException(new ContentProblem("a.yml", 1, "something is wrong"));
        }, Duration.ofMillis(50), Clock.systemUTC()).loadInBackground();

        assertThatThrownBy(() -> content.awaitLoaded(Duration.ofSeconds(30)))
                .isInstanceOf(ContentException.class).hasMessage("a.yml:1: something is wrong");
        assertThat(content.isLoaded()).isFalse();
    }

    @Test
    void aMissingFolderIsAProblemNamingIt() {
        HotReload<String> content = new HotReload<>("nowhere", dir.resolve("missing"), d -> "x",
                Duration.ofMillis(50), Clock.systemUTC()).loadInBackground();

        assertThatThrownBy(() -> content.awaitLoaded(Duration.ofSeconds(30)))
                .isInstanceOf(ContentException.class).hasMessageContaining("folder not found");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
