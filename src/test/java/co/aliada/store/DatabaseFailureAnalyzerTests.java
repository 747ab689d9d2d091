package co.aliada.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The reasons a start stops on the database, told from the real drivers' errors, wrapped as Spring wraps them. */
class DatabaseFailureAnalyzerTests {

    private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer();

    @TempDir
    Path dir;

    @Test
    void anH2FileHeldByAnotherInstanceIsSaidSoWithWhatToDo() throws SQLException, IOException {
        String url = "jdbc:h2:file:" + dir.resolve("aliada").toAbsolutePath();
        try (Connection first = DriverManager.getConnection(url, "sa", "")) {
            first.createStatement().execute("create table t (x int)");
        }
        // another process's lock on the file, as a running instance holds it
        try (FileChannel file = FileChannel.open(dir.resolve("aliada.mv.db"), StandardOpenOption.WRITE);
                FileLock lock = file.lock()) {
            Throwable failure = catchThrowable(() -> DriverManager.getConnection(url, "sa", "").close());

            FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("context", new RuntimeException(failure)));

            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("in use by another running instance");
            assertThat(analysis.getAction()).contains("folder of its own", "PostgreSQL");
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsSaidSo() {
        Throwable failure = catchThrowable(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:9/aliada", "u", "p"));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("flyway", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The database does not answer");
        assertThat(analysis.getAction()).contains("spring.datasource.url");
    }

    @Test
    void otherFailuresAreLeftToSpring() {
        assertThat(analyzer.analyze(new IllegalStateException("no", new SQLException("syntax error", "42000")))).isNull();
    }
}
