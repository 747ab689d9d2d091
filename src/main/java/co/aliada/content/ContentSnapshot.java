package co.aliada.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Every part of the content as one immutable, validated whole, with the hash of each folder it was
 * read from. Readers holding a snapshot finish with it while a newer one is swapped in.
 */
public record ContentSnapshot(Map<ContentPart<?>, Loaded<?>> parts, Map<Path, String> versions, Instant loadedAt) {

    public ContentSnapshot {
        parts = Map.copyOf(parts);
        versions = Map.copyOf(versions);
    }

    @SuppressWarnings("unchecked")
    public <T> Loaded<T> of(ContentPart<T> part) {
        Loaded<?> loaded = parts.get(part);
        if (loaded == null) {
            throw new IllegalArgumentException(part.name() + " is not part of this content");
        }
        return (Loaded<T>) loaded;
    }

    public <T> T get(ContentPart<T> part) {
        return of(part).content();
    }

    /** The hash of a folder's files as this snapshot read them. */
    public String version(Path folder) {
        return versions.get(folder);
    }
}
