package co.aliada.intent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Classification latency over the development set with the shipped intents, and the time to
 * rebuild the model on reload. Runs only with {@code ./mvnw -B -o -Pbench test -Dtest=IntentBenchmark};
 * writes its figures to {@code target/bench/intents.txt}.
 */
class IntentBenchmark {

    private static final int WARMUP_ROUNDS = 30;
    private static final int ROUNDS = 60;

    @Test
    void classifiesQuickly() throws IOException {
        IntentModel model = IntentFiles.load(TestContent.INTENTS);
        IntentClassifier classifier = new IntentClassifier(() -> model);
        List<DevSet.Example> examples = DevSet.load().examples();
        String longText = "necesitamos vender más café en otros mercados y mejorar el empaque ".repeat(60);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            examples.forEach(e -> classifier.classify(e.text(), e.lang()));
        }
        long[] nanos = new long[ROUNDS * examples.size()];
        long[] cpu = new long[nanos.length];
        long[] bytes = new long[nanos.length];
        // Allocation is the steady figure on a shared machine: the same texts allocate the same bytes at any load.
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (DevSet.Example e : examples) {
                long startBytes = threads.getCurrentThreadAllocatedBytes();
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                classifier.classify(e.text(), e.lang());
                nanos[n] = System.nanoTime() - start;
                cpu[n] = threads.getCurrentThreadCpuTime() - startCpu;
                bytes[n++] = threads.getCurrentThreadAllocatedBytes() - startBytes;
            }
        }
        long[] longNanos = new long[500];
        for (int i = 0; i < longNanos.length; i++) {
            long start = System.nanoTime();
            classifier.classify(longText, "es");
            longNanos[i] = System.nanoTime() - start;
        }
        long[] loads = new long[10];
        for (int i = 0; i < loads.length; i++) {
            long start = System.nanoTime();
            IntentFiles.load(TestContent.INTENTS);
            loads[i] = System.nanoTime() - start;
        }
        String report = String.format("""
                Intent classification (%d intents, %d phrases, %d dev-set texts x %d rounds)
                  wall time: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms
                  CPU time of the classifying thread: p50 %.3f ms, p99 %.3f ms
                  allocated per classification: p50 %d bytes, p99 %d bytes
                  a %d-character text: p50 %.3f ms, p99 %.3f ms
                  model rebuild (reload): median %.0f ms
                """, model.size(), model.phrases(), examples.size(), ROUNDS,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), ms(nanos, 1.0), ms(cpu, 0.50), ms(cpu, 0.99),
                quantile(bytes, 0.50), quantile(bytes, 0.99),
                longText.length(), ms(longNanos, 0.50), ms(longNanos, 0.99), ms(loads, 0.50));
        System.out.print(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/intents.txt"), report);
    }

    private static double ms(long[] nanos, double quantile) {
        return quantile(nanos, quantile) / 1e6;
    }

    private static long quantile(long[] values, double quantile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
