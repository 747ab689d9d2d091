package co.aliada.telegram;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import co.aliada.content.TestContent;

/** The application in a JVM of its own, on the main classes and their dependencies (no test classes). */
public final class ChildApp {

    private static final String CLASSPATH = classpath();
    /** Quick to start and light on a shared machine: what the tests need, not what a server runs with. */
    private static final List<String> TEST_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");

    private final Process process;

    private ChildApp(Process process) {
        this.process = process;
    }

    /** Starts the app with its working directory {@code dir}, so its default database lives there. */
    static ChildApp start(Path dir, Path log, String... args) throws IOException {
        return start(TEST_JVM, dir, log, args);
    }

    /**
     * The same on a JVM as {@code java -jar} gives it (both compilers, the default collector and heap), for
     * benchmarks whose figures should be those of a deployed server.
     */
    static ChildApp startAsDeployed(Path dir, Path log, String... args) throws IOException {
        return start(List.of(), dir, log, args);
    }

    private static ChildApp start(List<String> jvm, Path dir, Path log, String... args) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("--aliada.intents.dir=" + TestContent.INTENTS.toAbsolutePath());
        all.add("--aliada.catalog.dir=" + TestContent.CATALOG.toAbsolutePath());
        all.addAll(List.of(args));
        return run(jvm, "co.aliada.AliadaApplication", dir, log, all);
    }

    /** Runs this main class with exactly these arguments (no content folders added). */
    public static ChildApp run(String mainClass, Path dir, Path log, List<String> args) throws IOException {
        return run(TEST_JVM, mainClass, dir, log, args);
    }

    private static ChildApp run(List<String> jvm, String mainClass, Path dir, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.add("-Djava.awt.headless=true");
        // e.g. -Dbench.jvm-args=-XX:StartFlightRecording=filename=turns.jfr to profile the server of a benchmark
        String extra = System.getProperty("bench.jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", CLASSPATH, mainClass));
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildApp(process);
    }

    long pid() {
        return process.pid();
    }

    /** The CPU time the process has used so far, every thread. */
    long cpuNanos() {
        return process.info().totalCpuDuration().orElseThrow().toNanos();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit status, once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        if (System.getProperty("bench.jvm-args", "").contains("FlightRecording")) {
            process.destroy(); // a flight recording is written at a normal exit only
            process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        process.destroyForcibly();
        process.waitFor();
    }

    /** Surefire may pass the classpath as a manifest-only jar; test classes stay out (their beans would load). */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
                entries.addAll(manifestClassPath(entry));
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !entry.replace('\\', '/').replaceAll("/$", "").endsWith("test-classes")).toList());
    }

    private static List<String> manifestClassPath(String jar) {
        try (JarFile file = new JarFile(jar)) {
            String value = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : value.trim().split("\\s+")) {
                entries.add(Path.of(URI.create(url)).toString());
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
