package co.aliada.content;

import java.time.Instant;
import java.util.List;

/** A change to a content folder that was refused, and why; the content before it keeps serving. */
public record RefusedChange(String folder, Instant at, List<ContentProblem> problems) {

    public RefusedChange {
        problems = List.copyOf(problems);
    }

    public String summary() {
        return String.join("\n", problems.stream().map(ContentProblem::toString).toList());
    }
}
