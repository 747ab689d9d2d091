package co.aliada.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One part of the live content (the texts, the intent model, the catalogue index...): which folder it
 * is read from, which files in it it reads, and how. A feature declares its part as a bean; the
 * {@link LiveContent} builds every part into one snapshot, and the part then hands out its current value.
 */
public final class ContentPart<T> implements Supplier<T> {

    private final String name;
    private final Path dir;
    private final List<Path> inputs;
    private final Function<Path, T> loader;
    private final boolean judgesRemovals;
    private volatile LiveContent source;

    private ContentPart(String name, Path dir, List<Path> inputs, Function<Path, T> loader, boolean judgesRemovals) {
        this.name = name;
        this.dir = dir.toAbsolutePath().normalize();
        this.inputs = inputs;
        this.loader = loader;
        this.judgesRemovals = judgesRemovals;
    }

    /**
     * A part read by {@code loader} from {@code dir}. {@code inputs} are the files or subfolders of
     * {@code dir} it reads, so that an edit elsewhere does not rebuild it; none means the whole folder.
     */
    public static <T> ContentPart<T> of(String name, Path dir, Function<Path, T> loader, String... inputs) {
        return new ContentPart<>(name, dir, List.of(inputs).stream().map(Path::of).toList(), loader, false);
    }

    /**
     * This part, its loader judging by itself whether a file of it may go: the texts, checked key by key against
     * those the bot uses, may move between files and an admin's own file may be dropped. A file of any other part
     * that disappears while the bot runs is refused ({@link LiveContent#reload}).
     */
    public ContentPart<T> judgingRemovedFiles() {
        return new ContentPart<>(name, dir, inputs, loader, true);
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    /** Whether a file (relative to the folder) is one this part reads. */
    boolean reads(Path relative) {
        return inputs.isEmpty() || inputs.stream().anyMatch(relative::startsWith);
    }

    boolean judgesRemovals() {
        return judgesRemovals;
    }

    /** Reads the part from its folder, or from another copy of it (the last content that passed). */
    T loadFrom(Path copy) {
        return loader.apply(copy);
    }

    void bind(LiveContent content) {
        if (source != null && source != content) {
            throw new IllegalStateException(name + " already belongs to other live content");
        }
        source = content;
    }

    /** The value being served, with its version; waits for the first load. */
    public Loaded<T> current() {
        return source().current().of(this);
    }

    @Override
    public T get() {
        return current().content();
    }

    public boolean isLoaded() {
        return source != null && source.isLoaded();
    }

    /** The last refused change of this part's folder, while the files on disk are not the ones served. */
    public Optional<RefusedChange> lastError() {
        return source().lastError(dir);
    }

    private LiveContent source() {
        LiveContent content = source;
        if (content == null) {
            throw new IllegalStateException(name + " is not part of any live content yet");
        }
        return content;
    }

    @Override
    public String toString() {
        return name;
    }
}
