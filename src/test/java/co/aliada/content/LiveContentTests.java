package co.aliada.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One snapshot of every part, built and swapped whole: a broken file in any part changes nothing,
 * an edit rebuilds only the parts that read it, and the watching survives whatever goes wrong.
 */
class LiveContentTests {

    @TempDir
    Path dir;

    /** A part reading one file: "broken" in it is a problem on line 1. */
    private ContentPart<String> part(String name, String file, AtomicInteger builds) {
        return ContentPart.of(name, dir, d -> {
            builds.incrementAndGet();
            String text = read(d.resolve(file));
            if (text.contains("broken")) {
                throw new ContentException(new ContentProblem(file, 1, name + " is broken"));
            }
            return text;
        }, file);
    }

    @Test
    void aBrokenFileInOnePartChangesNoPartAndSaysWhere() throws IOException {
        write("texts.yml", "hola");
        write("questions.yml", "q1");
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        ContentPart<String> questions = part("questions", "questions.yml", new AtomicInteger());
        LiveContent content = TestContent.loaded(texts, questions);
        ContentSnapshot before = content.current();

        write("texts.yml", "hola de nuevo");
        write("questions.yml", "broken");

        assertThat(content.reload(dir.toAbsolutePath())).isFalse();
        assertThat(content.current()).isSameAs(before);
        assertThat(texts.get()).isEqualTo("hola");
        assertThat(texts.lastError()).hasValueSatisfying(e -> assertThat(e.summary()).isEqualTo("questions.yml:1: questions is broken"));

        write("questions.yml", "q2");
        assertThat(content.reloadNow()).isTrue();
        assertThat(texts.get()).isEqualTo("hola de nuevo");
        assertThat(questions.get()).isEqualTo("q2");
        assertThat(texts.lastError()).isEmpty();
    }

    @Test
    void anEditRebuildsOnlyThePartsThatReadTheEditedFile() throws IOException {
        write("texts.yml", "hola");
        write("questions.yml", "q1");
        AtomicInteger questionBuilds = new AtomicInteger();
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        ContentPart<String> questions = part("questions", "questions.yml", questionBuilds);
        LiveContent content = TestContent.loaded(texts, questions);
        Loaded<String> questionsBefore = questions.current();

        write("texts.yml", "hola de nuevo");
        assertThat(content.reloadNow()).isTrue();

        assertThat(texts.get()).isEqualTo("hola de nuevo");
        assertThat(questions.current()).isSameAs(questionsBefore);
        assertThat(questionBuilds).hasValue(1);
    }

    /** Through a link every reload saw an empty folder, so nothing ever looked changed and the old texts stayed. */
    @Test
    void anEditInAFolderReachedThroughALinkIsServed() throws IOException {
        Path release = Files.createDirectories(dir.resolve("release"));
        Path link = Files.createSymbolicLink(dir.resolve("current"), release);
        Files.writeString(release.resolve("texts.yml"), "hola");
        ContentPart<String> texts = ContentPart.of("texts", link, d -> read(d.resolve("texts.yml")), "texts.yml");
        LiveContent content = TestContent.loaded(texts);

        Files.writeString(release.resolve("texts.yml"), "hola de nuevo");
        assertThat(content.reloadNow()).isTrue();
        assertThat(texts.get()).isEqualTo("hola de nuevo");
    }

    @Test
    void revertingABrokenEditClearsTheErrorSinceTheFilesAreTheServedOnesAgain() throws IOException {
        write("texts.yml", "hola");
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        LiveContent content = TestContent.loaded(texts);

        write("texts.yml", "broken");
        assertThat(content.reloadNow()).isFalse();
        write("texts.yml", "hola");
        assertThat(content.reloadNow()).isTrue();

        assertThat(texts.lastError()).isEmpty();
        assertThat(content.lastErrors()).isEmpty();
    }

    @Test
    void listenersHearOfAcceptedAndRefusedChangesAndOneThatThrowsStopsNothing() throws IOException {
        write("texts.yml", "hola");
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        LiveContent content = TestContent.loaded(texts);
        AtomicReference<RefusedChange> refused = new AtomicReference<>();
        AtomicReference<ContentSnapshot> accepted = new AtomicReference<>();
        content.onRefused(r -> {
            throw new IllegalStateException("a listener with a bug");
        });
        content.onRefused(refused::set);
        content.onAccepted(s -> {
            throw new IllegalStateException("another listener with a bug");
        });
        content.onAccepted(accepted::set);

        write("texts.yml", "broken");
        assertThat(content.reloadNow()).isFalse();
        assertThat(refused.get().problems()).extracting(ContentProblem::file).containsExactly("texts.yml");

        write("texts.yml", "hola otra vez");
        assertThat(content.reloadNow()).isTrue();
        assertThat(accepted.get().get(texts)).isEqualTo("hola otra vez");
    }

    @Test
    void theWatcherKeepsWatchingAfterAListenerThrowsOnARefusedChange() throws IOException {
        write("texts.yml", "hola");
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        try (LiveContent content = TestContent.watched(texts)) {
            AtomicInteger refusals = new AtomicInteger();
            content.onRefused(r -> {
                refusals.incrementAndGet();
                throw new IllegalStateException("a listener with a bug");
            });

            write("texts.yml", "broken");
            await().atMost(Duration.ofSeconds(20)).until(() -> refusals.get() > 0);
            write("texts.yml", "hola otra vez");

            await().atMost(Duration.ofSeconds(20)).until(() -> texts.get().equals("hola otra vez"));
            assertThat(content.watching(dir.toAbsolutePath())).isTrue();
        }
    }

    @Test
    void aFileSavedStraightToDiskIsWarnedAboutOnceWhenACommentCutsAValue() throws IOException {
        write("texts.yml", "address: calle 5\n");
        ContentPart<String> texts = part("texts", "texts.yml", new AtomicInteger());
        try (LiveContent content = TestContent.watched(texts)) {
            java.util.List<ContentWarnings> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            content.onWarned(told::add);

            write("texts.yml", "# the office\naddress: calle 4 # 2-67\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> !told.isEmpty());

            assertThat(texts.get()).contains("calle 4 # 2-67"); // it serves: a warning, not a refusal
            assertThat(told).singleElement().satisfies(w -> assertThat(w.summary()).isEqualTo("texts.yml:2: the text after '#' "
                    + "is read as a comment, so the value is only \"calle 4\"; if the '#' belongs to the value, put the value in "
                    + "quotes: \"calle 4 # 2-67\""));
            assertThat(content.warnings(dir.toAbsolutePath())).extracting(ContentProblem::line).containsExactly(2);

            write("texts.yml", "# the office, again\naddress: calle 4 # 2-67\nphone: 123\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> texts.get().contains("phone"));
            assertThat(told).as("the same warning is not told again at every save").hasSize(1);

            write("texts.yml", "address: \"calle 4 # 2-67\"\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> !texts.get().contains("phone"));
            assertThat(content.warnings(dir.toAbsolutePath())).isEmpty();
        }
    }

    @Test
    void aReactionThatThrowsDoesNotStopTheWatchLoop() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        FolderWatch watch = new FolderWatch(dir, Duration.ofMillis(50), () -> {
            if (changes.incrementAndGet() == 1) {
                throw new IllegalStateException("the first reaction fails");
            }
        });
        assertThat(watch.open()).isTrue();
        Thread thread = new Thread(watch, "test-watch");
        thread.setDaemon(true);
        thread.start();
        try {
            write("a.yml", "1");
            await().atMost(Duration.ofSeconds(20)).until(() -> changes.get() == 1);
            write("b.yml", "2");
            await().atMost(Duration.ofSeconds(20)).until(() -> changes.get() == 2);
            assertThat(watch.watching()).isTrue();
        } finally {
            watch.close();
        }
        thread.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(thread.isAlive()).isFalse();
    }

    /** A content folder reached through a link (a deployment's release folder) was never watched: edits needed a restart. */
    @Test
    void aFolderReachedThroughALinkIsWatchedSubfoldersIncluded() throws Exception {
        Path real = Files.createDirectories(dir.resolve("release").resolve("texts"));
        Path link = Files.createSymbolicLink(dir.resolve("current"), dir.resolve("release"));
        AtomicInteger changes = new AtomicInteger();
        FolderWatch watch = new FolderWatch(link, Duration.ofMillis(50), changes::incrementAndGet);
        assertThat(watch.open()).isTrue();
        Thread thread = new Thread(watch, "test-watch");
        thread.setDaemon(true);
        thread.start();
        try {
            Files.writeString(real.resolve("core.yml"), "greeting: hola");
            await().atMost(Duration.ofSeconds(20)).until(() -> changes.get() >= 1);
        } finally {
            watch.close();
        }
    }

    @Test
    void aSubfolderRemovedBeforeItIsRegisteredIsSkippedNotFatal() throws IOException {
        Path gone = Files.createDirectories(dir.resolve("services"));
        Files.delete(gone);
        try (var service = dir.getFileSystem().newWatchService()) {
            assertThat(FolderWatch.register(service, gone)).isFalse();
            assertThat(FolderWatch.register(service, dir)).isTrue();
        }
    }

    @Test
    void readersWaitForTheFirstLoadInTheBackground() throws IOException {
        write("a.yml", "x: 1");
        CountDownLatch release = new CountDownLatch(1);
        ContentPart<String> slow = ContentPart.of("slow", dir, d -> {
            awaitQuietly(release);
            return "loaded";
        });
        LiveContent content = TestContent.started(slow);

        assertThat(content.isLoaded()).isFalse();
        release.countDown();

        assertThat(slow.get()).isEqualTo("loaded");
        assertThat(content.isLoaded()).isTrue();
    }

    @Test
    void aBrokenFirstLoadReportsItsProblemsToWhoeverWaits() throws IOException {
        write("a.yml", "x: 1");
        LiveContent content = TestContent.started(ContentPart.of("broken", dir, d -> {
            throw new ContentException(new ContentProblem("a.yml", 1, "something is wrong"));
        }));

        assertThatThrownBy(() -> content.awaitLoaded(Duration.ofSeconds(30)))
                .isInstanceOf(ContentException.class).hasMessage("a.yml:1: something is wrong");
        assertThat(content.isLoaded()).isFalse();
    }

    @Test
    void aFirstLoadFailingForAnotherReasonIsRecordedBeforeAnyoneIsReleased() throws IOException {
        write("a.yml", "x: 1");
        LiveContent content = TestContent.started(ContentPart.of("faulty", dir, d -> {
            throw new IllegalStateException("out of luck");
        }));

        // Waiting must end in the failure, never in "loaded" with no content behind it.
        assertThatThrownBy(() -> content.awaitLoaded(Duration.ofSeconds(30)))
                .isInstanceOf(ContentException.class).hasMessageContaining("out of luck");
        assertThat(content.isLoaded()).isFalse();
    }

    @Test
    void aMissingFolderIsAProblemNamingIt() {
        LiveContent content = TestContent.started(ContentPart.of("nowhere", dir.resolve("missing"), d -> "x"));

        assertThatThrownBy(() -> content.awaitLoaded(Duration.ofSeconds(30)))
                .isInstanceOf(ContentException.class).hasMessageContaining("missing: folder not found");
    }

    @Test
    void aSnapshotKnowsOnlyItsOwnParts() throws IOException {
        write("a.yml", "x: 1");
        ContentPart<String> mine = ContentPart.of("mine", dir, d -> "x");
        LiveContent content = TestContent.loaded(mine);

        assertThat(content.current().parts()).containsOnlyKeys(mine);
        assertThat(content.current().versions()).isEqualTo(Map.of(dir.toAbsolutePath(), content.current().version(dir.toAbsolutePath())));
        assertThatThrownBy(() -> content.current().of(ContentPart.of("other", dir, d -> "y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
