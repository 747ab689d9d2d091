package co.aliada.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.RefusedChange;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CatalogHotReloadTests {

    @TempDir
    Path dir;

    @Test
    void swapsInAnEditWhileSearchesRunAndKeepsServingWhenAnEditIsBroken() throws Exception {
        copyShippedCatalogue();
        Path services = dir.resolve("services/market-positioning.yml");
        String original = Files.readString(services);
        ContentPart<CatalogIndex> reload = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.watched(reload)) {
            Matcher matcher = new LuceneMatcher(reload);
            AtomicReference<RefusedChange> notified = new AtomicReference<>();
            content.onRefused(notified::set);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            ExecutorService searchers = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                searchers.submit(() -> {
                    while (running.get()) {
                        try {
                            MatchResult r = matcher.match("quiero exportar cafe especial", "es", 3);
                            if (r.none()) {
                                throw new AssertionError("a search lost the catalogue");
                            }
                            searches.incrementAndGet();
                        } catch (Throwable t) {
                            failed.compareAndSet(null, t);
                        }
                    }
                });
            }
            assertThat(top(matcher, "tostadora")).isNull();

            Files.writeString(services, original.replace("        - lista de precios\n", "        - lista de precios\n        - tostadora\n"));
            await().atMost(Duration.ofSeconds(20)).until(() -> "mp-pricing".equals(top(matcher, "tostadora")));
            String goodVersion = reload.current().version();

            Files.writeString(services, original.replaceFirst("pillar: market-positioning", "pillar: nowhere"));
            await().atMost(Duration.ofSeconds(20)).until(() -> notified.get() != null);
            assertThat(reload.lastError().orElseThrow().summary()).contains("services/market-positioning.yml:4", "nowhere");
            assertThat(reload.lastError()).contains(notified.get());
            assertThat(reload.current().version()).isEqualTo(goodVersion);
            assertThat(top(matcher, "tostadora")).isEqualTo("mp-pricing");

            running.set(false);
            searchers.shutdown();
            assertThat(searchers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(failed.get()).isNull();
            assertThat(searches.get()).isPositive();
        }
    }

    @Test
    void swapsInAnEditOfTheWordsThatTellWhoIsAsking() throws Exception {
        copyShippedCatalogue();
        ContentPart<CatalogIndex> reload = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.watched(reload)) {
            String text = "manejamos una panaderia y queremos mas clientes";
            assertThat(reload.get().identity().asked(text)).isNull();
            Path identity = dir.resolve("identity.yml");
            Files.writeString(identity, Files.readString(identity).replace("  es: [soy,", "  es: [manejamos, soy,"));
            await().atMost(Duration.ofSeconds(20)).until(() -> "y queremos mas clientes".equals(reload.get().identity().asked(text)));
        }
    }

    private void copyShippedCatalogue() throws IOException {
        Path shipped = TestContent.CATALOG;
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static String top(Matcher matcher, String text) {
        MatchResult result = matcher.match(text, "es", 1);
        return result.none() ? null : result.services().get(0).id();
    }
}
