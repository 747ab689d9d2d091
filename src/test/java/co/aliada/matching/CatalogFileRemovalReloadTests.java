package co.aliada.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.ContentPart;
import co.aliada.content.ContentProblem;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /**
     * An admin who deletes a file by mistake must not change what the bot recommends: deleting the institutions
     * left every recommendation with no institution, deleting not-challenges.yml made "busco trabajo de mesero" a
     * challenge. Each removal is refused, the old content keeps serving, and putting the file back clears the error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"institutions.yml", "synonyms-es.txt", "stopwords-es.txt", "causes.yml", "not-challenges.yml",
            "identity.yml", "launched.yml"})
    void refusesTheRemovalOfAFileTheCatalogueServesAndSaysWhatItHeld(String file) throws IOException {
        FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.loaded(catalog)) {
            CatalogIndex before = catalog.get();
            Matcher matcher = new LuceneMatcher(catalog);
            assertThat(matcher.match("busco trabajo de mesero", "es", 3).none()).isTrue();
            String text = Files.readString(dir.resolve(file));
            Files.delete(dir.resolve(file));

            assertThat(content.reload(catalog.dir())).isFalse();
            assertThat(catalog.get()).isSameAs(before);
            assertThat(catalog.get().catalog().institutions()).hasSize(before.catalog().institutions().size()).isNotEmpty();
            assertThat(matcher.match("busco trabajo de mesero", "es", 3).none()).isTrue();
            assertThat(catalog.lastError()).hasValueSatisfying(error -> assertThat(error.problems())
                    .extracting(ContentProblem::toString).singleElement().asString()
                    .startsWith(file + ": this file was removed (it held ").contains("put it back"));

            Files.writeString(dir.resolve(file), text);
            assertThat(content.reload(catalog.dir())).isTrue();
            assertThat(catalog.lastError()).isEmpty();
        }
    }

    @Test
    void countsWhatFollowsFromARemovedServicesFileRatherThanListingIt() throws IOException {
        FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent content = TestContent.loaded(catalog)) {
            Files.delete(dir.resolve("services/market-positioning.yml"));

            assertThat(content.reload(catalog.dir())).isFalse();
            assertThat(catalog.lastError()).hasValueSatisfying(error -> assertThat(error.summary())
                    .doesNotContain("institutions.yml:").matches("(?s).*\\nservices/market-positioning\\.yml: and \\d+ more problems? in "
                            + "other files, most likely because of this removal: put it back first"));
        }
    }
}
