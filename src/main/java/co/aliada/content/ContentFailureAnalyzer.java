package co.aliada.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by content files that cannot be served (and no earlier copy that passed) ends with the
 * problems, each with its file and line, and what to do; not with a stack trace an admin has to read past.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        return new FailureAnalysis("The content files cannot be served:\n" + cause.getMessage(),
                "Fix the files and lines named above (\"java -jar aliada.jar validate\" checks them without starting "
                        + "the bot), then start again.", cause);
    }
}
