package co.aliada.challenge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.conversation.Turn;
import co.aliada.matching.MatchResult;

/**
 * Who offers the services recommended for a stored challenge, as links (verified contact, else the
 * website, never a placeholder) for {@code /mis_retos} and {@code /resumen}. The match is re-run from
 * the stored challenge, as "ℹ️ Más sobre" does, so names and contacts are as fresh as the catalogue.
 */
final class Offerers {

    private static final int SEARCH = 10;
    private static final int SHOWN = 4;

    private final Recommender recommender;

    Offerers(Recommender recommender) {
        this.recommender = recommender;
    }

    /** The "who offers" line, or null when the challenge has no services or nobody offers them any more. */
    String line(Turn turn, Challenge challenge) {
        if (challenge.services().isEmpty()) {
            return null;
        }
        MatchResult result = recommender.match(turn.state(), challenge, turn.lang(), SEARCH);
        Map<String, MatchResult.Institution> who = new LinkedHashMap<>();
        for (MatchResult.Service service : result.services()) {
            if (challenge.services().contains(service.id())) {
                service.institutions().forEach(inst -> who.putIfAbsent(inst.id(), inst));
            }
        }
        if (who.isEmpty()) {
            return null;
        }
        List<String> links = new ArrayList<>(who.values().stream().limit(SHOWN).map(ServiceLines::link).toList());
        int more = who.size() - links.size();
        return turn.text("challenge.mine.who", "who", String.join(", ", links))
                + (more > 0 ? " " + turn.text("challenge.mine.who.more", "count", more) : "");
    }
}
