package co.aliada.admin;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.challenge.ChallengeContent;
import co.aliada.challenge.ChallengeLoader;
import co.aliada.content.ContentException;
import co.aliada.content.ContentProblem;
import co.aliada.content.YamlComments;
import co.aliada.conversation.Texts;
import co.aliada.conversation.TextsLoader;
import co.aliada.intent.IntentFiles;
import co.aliada.intent.IntentModel;
import co.aliada.matching.CatalogIndex;
import co.aliada.selfcheck.SelfCheckLoader;

/**
 * {@code java -jar aliada.jar validate [dir…]}: checks content folders offline, exactly as the
 * running bot would load them. Prints every problem with file and line and exits 1, or prints a
 * one-line summary and exits 0. With no folder it checks {@code catalog} and {@code intents}. A common YAML
 * mistake is said in plain words from the admin texts, in the system's language ({@code LANG}: English when
 * it says so, Spanish otherwise), the parser's own finding after it in brackets.
 */
public final class ValidateCommand {

    private static final List<ContentCheck> CHECKS = List.of(
            new Check("texts", dir -> Files.isDirectory(dir.resolve(TextsLoader.FOLDER)), dir -> {
                Texts texts = TextsLoader.load(dir);
                return texts.size() + " texts";
            }),
            new Check("self-check", dir -> Files.isDirectory(dir.resolve(TextsLoader.FOLDER))
                    || Files.exists(dir.resolve(SelfCheckLoader.FILE)), SelfCheckLoader::check),
            new Check("challenges", dir -> Files.isRegularFile(dir.resolve(ChallengeLoader.FILE)), dir -> {
                ChallengeContent content = ChallengeLoader.load(dir);
                return content.drivers().size() + " drivers";
            }),
            new Check("intents", dir -> Files.isDirectory(dir.resolve(IntentFiles.FOLDER)), dir -> {
                IntentModel model = IntentFiles.load(dir);
                return model.size() + " intents, " + model.phrases() + " phrases";
            }),
            new Check("catalogue", CatalogLoader::isCatalog, dir -> {
                Catalog catalog = CatalogIndex.load(dir).catalog();
                return catalog.pillars().size() + " pillars, " + catalog.services().size() + " services, "
                        + catalog.institutions().size() + " institutions";
            }));

    private ValidateCommand() {
    }

    /**
     * Checks the folders in {@code args} (or the default ones) and prints the outcome; returns the exit code.
     * Channels add their own checks ({@code extra}), since they depend on admin and not the other way round.
     */
    public static int run(String[] args, PrintStream out, ContentCheck... extra) {
        // no chat to take a language from: the system's, Spanish unless it is English, as for any text
        return run(args, out, Texts.language(System.getenv("LANG")), extra);
    }

    /** As {@link #run(String[], PrintStream, ContentCheck...)}, saying the YAML parser's findings plainly in {@code lang}. */
    static int run(String[] args, PrintStream out, String lang, ContentCheck... extra) {
        List<ContentCheck> checks = new ArrayList<>(CHECKS);
        checks.addAll(List.of(extra));
        List<Path> dirs = args.length == 0 ? List.of(Path.of("catalog"), Path.of("intents"))
                : java.util.Arrays.stream(args).map(Path::of).toList();
        List<ContentProblem> problems = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(ContentProblem.inFile(dir.toString(), "folder not found"));
                continue;
            }
            check(dir, summaries, checks).forEach(p -> problems.add(new ContentProblem(
                    dir.resolve(p.file()).normalize().toString(), p.line(), p.message())));
        }
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                YamlComments.inFolder(dir).forEach(w -> out.println("warning: " + new ContentProblem(
                        dir.resolve(w.file()).normalize().toString(), w.line(), w.message())));
            }
        }
        if (!problems.isEmpty()) {
            Texts texts = texts(dirs);
            problems.forEach(p -> out.println(new ContentProblem(p.file(), p.line(), ProblemLines.parserWords(p.message(), lang, texts))));
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found; nothing was changed.");
            return 1;
        }
        out.println("OK: " + String.join("; ", summaries));
        return 0;
    }

    /**
     * The texts that say the parser's findings in plain words: those being checked, else the intents folder beside a
     * checked one or in the working folder; null (the parser's words as they are) when none loads.
     */
    private static Texts texts(List<Path> dirs) {
        List<Path> candidates = new ArrayList<>(dirs);
        dirs.forEach(dir -> candidates.add(dir.toAbsolutePath().resolveSibling("intents")));
        candidates.add(Path.of("intents"));
        for (Path dir : candidates) {
            if (Files.isDirectory(dir.resolve(TextsLoader.FOLDER))) {
                try {
                    return TextsLoader.load(dir);
                } catch (ContentException e) {
                    // a broken texts folder is reported by its own check; the next one may still serve
                }
            }
        }
        return null;
    }

    /**
     * Checks one content folder as the running bot would load it; returns its problems with file names
     * relative to the folder (empty when it would load), adding a one-line summary per check that passed.
     */
    static List<ContentProblem> check(Path dir, List<String> summaries) {
        return check(dir, summaries, CHECKS);
    }

    /** As {@link #check(Path, List)}, with these checks. */
    static List<ContentProblem> check(Path dir, List<String> summaries, List<ContentCheck> checks) {
        List<ContentProblem> problems = new ArrayList<>();
        List<ContentCheck> applicable = checks.stream().filter(check -> check.appliesTo(dir)).toList();
        if (applicable.isEmpty()) {
            problems.add(ContentProblem.inFile("", "holds no catalogue or intents files"));
        }
        for (ContentCheck check : applicable) {
            try {
                summaries.add(check.name() + ": " + check.check(dir));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            } catch (RuntimeException e) {
                // whatever a loader did not foresee is still told in a line, never as a stack trace
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add(ContentProblem.inFile("", check.name() + " could not be checked: " + cause.getMessage()));
            }
        }
        return problems;
    }

    record Check(String name, java.util.function.Predicate<Path> applies,
                 java.util.function.Function<Path, String> loader) implements ContentCheck {
        @Override
        public boolean appliesTo(Path dir) {
            return applies.test(dir);
        }

        @Override
        public String check(Path dir) {
            return loader.apply(dir);
        }
    }
}
