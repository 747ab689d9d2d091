package co.aliada.content;

import java.util.List;

/**
 * What an accepted change to a content folder probably did not mean (a value cut at a {@code #}): it
 * serves, but the admins should look. Only warnings the folder did not have before are told.
 */
public record ContentWarnings(String folder, List<ContentProblem> found) {

    public ContentWarnings {
        found = List.copyOf(found);
    }

    public String summary() {
        return String.join("\n", found.stream().map(ContentProblem::toString).toList());
    }
}
