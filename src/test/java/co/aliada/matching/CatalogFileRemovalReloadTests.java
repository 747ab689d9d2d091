package co.aliada.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.aliada.content.ContentPart;
import co.aliada.content.ContentProblem;
import co.aliada.content.ContentWarnings;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogFileRemovalReloadTests {

    @TempDir
    Path dir;

    @Test
    void saysFirstThatAServicesFileWasRemovedAndHowManyServicesItHeld() throws IOException {
        FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.loaded(catalog)) {
            CatalogIndex before = catalog.get();
            Files.delete(dir.resolve("services/market-positioning.yml"));

            assertThat(content.reload(catalog.dir())).isFalse();
            assertThat(catalog.get()).isSameAs(before);
            assertThat(catalog.lastError()).hasValueSatisfying(error -> assertThat(error.problems()).first()
                    .extracting(ContentProblem::toString).asString()
                    .startsWith("services/market-positioning.yml: this file was removed (it held 9 services)"));
        }
    }

    @Test
    void warnsThatAnOptionalFileWasRemoved() throws IOException {
        FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.loaded(catalog)) {
            List<ContentWarnings> warned = new CopyOnWriteArrayList<>();
            content.onWarned(warned::add);
            // admins add rules: counted (lines other than blanks and comments), not written here
            long lines = Files.readAllLines(dir.resolve("synonyms-es.txt")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
            Files.delete(dir.resolve("synonyms-es.txt"));

            assertThat(content.reload(catalog.dir())).isTrue();
            assertThat(warned).singleElement().extracting(ContentWarnings::summary).asString()
                    .startsWith("synonyms-es.txt: this file was removed (it held " + lines + " lines)");
        }
    }
}
