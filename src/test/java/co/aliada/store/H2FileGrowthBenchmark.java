package co.aliada.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the H2 file grows under a steady load of turns, with each commit written at once ({@code WRITE_DELAY=0},
 * the previous default) and with commits written in groups ({@link GroupFlush}, the default now). A turn here
 * has the shape of a web turn: the chat's row locked and rewritten (800 characters of state), two transcript
 * lines and three history messages inserted, one commit. Both run at once, each on its own file, at
 * {@code -Dbench.growth.rate} turns a second (100) for {@code -Dbench.growth.seconds} (240) over 2,000 chats.
 *
 * <pre>./mvnw -B -o -Pbench test -Dtest=H2FileGrowthBenchmark</pre>
 */
class H2FileGrowthBenchmark {

    private static final int RATE = Integer.getInteger("bench.growth.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.growth.seconds", 240);
    private static final int REPORT_EVERY = 30;

    @TempDir
    Path dir;

    @Test
    void fileSizeUnderSteadyTurns() throws Exception {
        CompletableFuture<List<String>> zero = CompletableFuture.supplyAsync(() -> run("write-delay-0", ";WRITE_DELAY=0", null));
        CompletableFuture<List<String>> group = CompletableFuture.supplyAsync(() -> run("group-flush", "", new GroupFlush()));
        List<String> lines = new ArrayList<>(zero.get());
        lines.addAll(group.get());
        String report = String.join("\n", lines);
        System.out.println(report);
        Path out = Path.of("target", "bench", "h2-file-growth.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n");
    }

    private List<String> run(String name, String settings, GroupFlush flush) {
        Path file = dir.resolve(name + ".mv.db");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(name) + settings);
        h2.setUser("sa");
        DataSource db = new StorableDataSource(h2, flush);
        List<String> report = new ArrayList<>();
        String state = "s".repeat(800);
        String line = "l".repeat(300);
        String message = "m".repeat(1500);
        long live = 0;
        try (Connection c = db.getConnection()) {
            try (Statement ddl = c.createStatement()) {
                ddl.execute("create table chat_state (chat varchar(40) primary key, data varchar(4000))");
                ddl.execute("create table transcript_line (id bigint auto_increment primary key, chat varchar(40), text varchar(4000))");
                ddl.execute("create table chat_message (id bigint auto_increment primary key, chat varchar(40), text varchar(4000))");
            }
            c.setAutoCommit(false);
            PreparedStatement lock = c.prepareStatement("select data from chat_state where chat = ? for update");
            PreparedStatement write = c.prepareStatement("merge into chat_state key (chat) values (?, ?)");
            PreparedStatement transcript = c.prepareStatement("insert into transcript_line (chat, text) values (?, ?)");
            PreparedStatement history = c.prepareStatement("insert into chat_message (chat, text) values (?, ?)");
            Random chats = new Random(1);
            long start = System.nanoTime();
            long turns = 0;
            int reported = 0;
            while (true) {
                long elapsed = System.nanoTime() - start;
                if (elapsed >= SECONDS * 1_000_000_000L) {
                    break;
                }
                long due = turns * 1_000_000_000L / RATE;
                if (due > elapsed) {
                    Thread.sleep((due - elapsed) / 1_000_000);
                    continue;
                }
                String chat = "chat-" + chats.nextInt(2000);
                lock.setString(1, chat);
                lock.executeQuery().close();
                write.setString(1, chat);
                write.setString(2, state + turns);
                write.executeUpdate();
                for (int i = 0; i < 2; i++) {
                    transcript.setString(1, chat);
                    transcript.setString(2, line);
                    transcript.addBatch();
                }
                transcript.executeBatch();
                for (int i = 0; i < 3; i++) {
                    history.setString(1, chat);
                    history.setString(2, message);
                    history.addBatch();
                }
                history.executeBatch();
                c.commit();
                turns++;
                live += 2 * line.length() + 3 * message.length();
                if (elapsed / 1_000_000_000L >= (long) (reported + 1) * REPORT_EVERY) {
                    reported++;
                    report.add(String.format("%s: %3d s, %,7d turns, file %,7.1f MB, rows written %,6.1f MB",
                            name, reported * REPORT_EVERY, turns, Files.size(file) / 1e6, live / 1e6));
                }
            }
            report.add(String.format("%s: end, %,d turns, file %,.1f MB%s", name, turns, Files.size(file) / 1e6,
                    flush == null ? "" : String.format(", %,d file writes", flush.flushes())));
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
        return report;
    }
}
