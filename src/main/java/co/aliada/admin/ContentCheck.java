package co.aliada.admin;

import java.nio.file.Path;

/** One kind of content folder that {@code validate} knows how to check; features and channels add theirs. */
public interface ContentCheck {

    /** A check of the folders {@code applies} accepts; {@code check} throws or returns a one-line summary. */
    static ContentCheck of(String name, java.util.function.Predicate<Path> applies,
                           java.util.function.Function<Path, String> check) {
        return new ValidateCommand.Check(name, applies, check);
    }

    /** What it checks, as an admin would name it ("catalogue", "texts"). */
    String name();

    /** Whether this folder holds this kind of content. */
    boolean appliesTo(Path dir);

    /**
     * Loads the folder exactly as the running bot would, throwing a
     * {@link co.aliada.content.ContentException} with every problem; returns a one-line summary.
     */
    String check(Path dir);
}
