package co.aliada.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.catalog.Service;
import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latency of one match (shipped catalogue and a generated 10,000-service one) and the time to reload
 * 1,000 services. Not a test: {@code ./mvnw -B -o -Pbench test -Dtest=MatchBenchmark}; figures go to
 * the console and to {@code target/bench/matching.txt}.
 */
class MatchBenchmark {

    private static final Path SHIPPED = TestContent.CATALOG;

    @TempDir
    Path tmp;

    @Test
    void measures() throws IOException {
        List<MatchQuery> texts = DevSet.load().cases().stream().map(c -> MatchQuery.of(c.text(), "es", 3)).toList();
        List<MatchQuery> withContext = ContextSet.load().cases().stream()
                .map(c -> MatchQuery.of(c.text(), c.lang(), 3).withContext(c.context())).toList();
        StringBuilder report = new StringBuilder();
        report.append(latency("shipped catalogue (29 services)", CatalogIndex.load(SHIPPED), texts, "dev-set texts"));
        List<MatchQuery> joined = ContextSet.load().cases().stream()
                .map(c -> MatchQuery.of(c.text() + "\n" + c.context(), c.lang(), 3)).toList();
        report.append(latency("shipped catalogue, challenge and context joined (before)", CatalogIndex.load(SHIPPED), joined, "context cases"));
        report.append(latency("shipped catalogue, challenge and context apart", CatalogIndex.load(SHIPPED), withContext, "context cases"));
        System.out.print(report);
        report.append(latency("generated catalogue (10,000 services)", CatalogIndex.load(generated(tmp.resolve("10k"), 10_000)), texts,
                "dev-set texts"));
        report.append(reload(generated(tmp.resolve("1k"), 1_000)));
        System.out.print(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/matching.txt"), report);
    }

    private static String latency(String label, CatalogIndex index, List<MatchQuery> texts, String what) {
        Matcher matcher = new LuceneMatcher(() -> index);
        for (int i = 0; i < 5_000; i++) {
            matcher.match(texts.get(i % texts.size()));
        }
        long[] nanos = new long[5_000];
        long[] cpu = new long[nanos.length];
        // On a shared machine the wall clock's tail shows the scheduler; the thread's CPU time shows the matcher.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < nanos.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            matcher.match(texts.get(i % texts.size()));
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return String.format("match, %s: p50 %.3f ms, p99 %.3f ms wall; p50 %.3f ms, p99 %.3f ms CPU of the thread"
                        + " (%d matches over the %d %s)%n", label,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, nanos.length, texts.size(), what);
    }

    /** Edits one keyword and reloads through LiveContent (hash, load, validate, index, swap), as the bot does. */
    private static String reload(Path dir) throws IOException {
        Path services = dir.resolve("services.yml");
        String original = Files.readString(services);
        ContentPart<CatalogIndex> catalog = ContentPart.of("catalog", dir, CatalogIndex::load);
        try (LiveContent reload = TestContent.loaded(catalog)) {
            long[] millis = new long[15];
            for (int i = 0; i < millis.length + 5; i++) {
                Files.writeString(services, original.replace("gen-0\n", "gen-0\n    # edit " + i + "\n"));
                long start = System.nanoTime();
                if (!reload.reloadNow()) {
                    throw new IllegalStateException(catalog.lastError().orElseThrow().summary());
                }
                if (i >= 5) {
                    millis[i - 5] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            return String.format("reload of 1,000 services (load, validate, index, swap): median %d ms, max %d ms (%d reloads)%n",
                    millis[millis.length / 2], millis[millis.length - 1], millis.length);
        }
    }

    /** A catalogue with the shipped pillars and synonyms and n services made of the shipped vocabulary. */
    private static Path generated(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (String file : List.of("pillars.yml", "synonyms-es.txt", "synonyms-en.txt", "stopwords-es.txt", "stopwords-en.txt")) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
        Catalog shipped = CatalogLoader.load(SHIPPED);
        List<String> es = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Service s : shipped.services()) {
            es.addAll(s.keywords().es());
            en.addAll(s.keywords().en());
        }
        Random random = new Random(42);
        Files.createDirectories(dir.resolve("services"));
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % 1_000 == 0) { // YAML documents are capped at a few MB: one file per thousand
                Files.writeString(dir.resolve("services/part-" + (i / 1_000) + ".yml"), yaml.toString());
                yaml = new StringBuilder("services:\n");
            }
            yaml.append("  - id: gen-").append(i).append('\n')
                    .append("    pillar: ").append(shipped.pillars().get(i % 4).id()).append('\n')
                    .append("    name: {es: \"").append(pick(es, random, 2)).append("\", en: \"").append(pick(en, random, 2)).append("\"}\n")
                    .append("    description: {es: \"").append(pick(es, random, 6)).append("\", en: \"").append(pick(en, random, 6)).append("\"}\n")
                    .append("    keywords:\n      es: [").append(String.join(", ", picks(es, random, 12))).append("]\n")
                    .append("      en: [").append(String.join(", ", picks(en, random, 8))).append("]\n");
        }
        Files.writeString(dir.resolve("services.yml"), yaml.toString());
        System.out.println("generated " + n + " services");
        return dir;
    }

    private static String pick(List<String> pool, Random random, int count) {
        return String.join(" ", picks(pool, random, count));
    }

    private static List<String> picks(List<String> pool, Random random, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.get(random.nextInt(pool.size())));
        }
        return out;
    }
}
