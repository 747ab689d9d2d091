package co.aliada.content;

import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where malformed YAML went wrong, as a text editor numbers lines, and what the parser found, without the
 * parser's own "in reader, line …, column …" excerpts (they named other lines than the one reported).
 */
record YamlMistake(int line, String detail) {

    static YamlMistake of(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return new YamlMistake(line(marked), context + marked.getProblem().strip());
        }
        // not the YAML parser's own finding: Jackson's position is the best there is
        TokenStreamLocation at = e.getLocation();
        return new YamlMistake(at == null ? 0 : Math.max(at.getLineNr(), 0), e.getOriginalMessage());
    }

    /**
     * A scanner that gives up inside a token (a key with no ':', a quote never closed) finds out only lines
     * later, at the end of the file for a quote; the token starts on the line with the mistake. A parser
     * error is found on the line that breaks the structure, while its context is the block that holds it.
     */
    private static int line(MarkedYamlEngineException marked) {
        Optional<Mark> context = marked instanceof ScannerException ? marked.getContextMark() : Optional.empty();
        return context.or(marked::getProblemMark).map(mark -> mark.getLine() + 1).orElse(0); // marks count from 0
    }
}
