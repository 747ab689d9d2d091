package co.aliada;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the query benchmarks share: their first line, medians and 90th percentiles, and the file under {@code target/bench}. */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** What is measured, how many reads a size, the machine's cores and the time. */
    public static String header(String what, int reads) {
        return what + ", " + reads + " reads a size, " + Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now();
    }

    public static String medianAndP90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p90 %.2f ms", sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6);
    }

    /** Prints the lines and writes them to {@code target/bench/<file>}. */
    public static void write(String file, List<String> lines) throws IOException {
        String text = String.join("\n", lines);
        System.out.println(text);
        Path out = Path.of("target", "bench", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }
}
