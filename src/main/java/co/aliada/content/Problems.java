package co.aliada.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a loader reads files, then fails once with all of them. */
public final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    public void add(String file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    public void addAll(List<ContentProblem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ContentProblem> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ContentException(found);
        }
    }
}
