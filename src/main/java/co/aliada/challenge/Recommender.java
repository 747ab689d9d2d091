package co.aliada.challenge;

import java.util.List;
import java.util.function.Supplier;

import co.aliada.conversation.ChatState;
import co.aliada.matching.MatchQuery;
import co.aliada.matching.MatchResult;
import co.aliada.matching.Matcher;
import co.aliada.onboarding.Profile;
import co.aliada.selfcheck.SelfCheckSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the matcher for a challenge's services, with the journey's context, and judges whether the match is weak. */
final class Recommender {

    static final int TOP = 3;
    private static final Logger log = LoggerFactory.getLogger(Recommender.class);

    private final Supplier<Matcher> matcher;
    private final Supplier<ChallengeContent> content;

    /** @param matcher gives null while no matcher is available, which reads as "nothing fits" */
    Recommender(Supplier<Matcher> matcher, Supplier<ChallengeContent> content) {
        this.matcher = matcher;
        this.content = content;
    }

    MatchResult match(ChatState state, Challenge challenge, String lang, int limit) {
        Matcher m = matcher.get();
        if (m == null) {
            return MatchResult.nothing();
        }
        try {
            return m.match(query(state, challenge, lang, limit));
        } catch (RuntimeException e) {
            log.warn("matching failed for a challenge of chat {}: {}", co.aliada.conversation.LogSafe.chat(state.chat()),
                    co.aliada.conversation.LogSafe.failure(e));
            return MatchResult.nothing();
        }
    }

    static MatchQuery query(ChatState state, Challenge challenge, String lang, int limit) {
        // The context (who is affected, what was tried) goes apart: joined to the text, one of its words
        // ("we tried instagram but no sales") outweighed the challenge itself.
        List<String> areas = SelfCheckSummary.of(state).weakAreas();
        return new MatchQuery(challenge.text(), lang, limit, challenge.driver(), Profile.of(state).sector(), areas, challenge.context());
    }

    /** Whether the text only says who is asking (see {@link Matcher#onlySaysWhoIsAsking}); false while no matcher is available. */
    boolean onlySaysWhoIsAsking(String text) {
        Matcher m = matcher.get();
        return m != null && m.onlySaysWhoIsAsking(text);
    }

    /**
     * Whether nothing of the catalogue fits these words alone ("ups, pense q era otra cosa"): they name no business
     * matter. False while no matcher is available or it fails, where nothing is known.
     */
    boolean fitsNothing(String text, String lang) {
        Matcher m = matcher.get();
        if (m == null) {
            return false;
        }
        try {
            return m.match(MatchQuery.of(text, lang, 1)).none();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Nothing fits, or the best service scores under the content's {@code limits.weakScore}. */
    boolean weak(MatchResult result) {
        return result.none() || result.services().isEmpty()
                || result.services().get(0).score() < content.get().limits().weakScore();
    }
}
