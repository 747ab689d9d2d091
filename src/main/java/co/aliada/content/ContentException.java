package co.aliada.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be served; carries every problem found, not just the first. */
public class ContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ContentException(ContentProblem problem) {
        this(List.of(problem));
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
