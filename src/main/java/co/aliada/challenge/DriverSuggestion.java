package co.aliada.challenge;

import java.util.List;
import java.util.Optional;

import co.aliada.conversation.ChoiceMatcher;

/**
 * The driver a challenge told in words names plainly ("mi problema es…", "queremos usar…", "mis clientes piden…", the
 * drivers' {@code toldBy} phrases): only proposed, for the person to confirm with one tap.
 */
final class DriverSuggestion {

    private DriverSuggestion() {
    }

    /**
     * The driver named first in the text ("mi problema es que los clientes no vuelven" tells a problem, though it names
     * the customers after); none where none is named, or two are named by the same first words.
     */
    static Optional<ChallengeContent.Driver> in(String text, List<ChallengeContent.Driver> drivers) {
        String[] words = text.strip().split("\\s+");
        for (int upTo = 1; upTo <= words.length; upTo++) {
            String start = String.join(" ", List.of(words).subList(0, upTo));
            List<ChallengeContent.Driver> named = drivers.stream()
                    .filter(d -> !ChoiceMatcher.mentioned(start, d.toldBy()).isEmpty()).toList();
            if (!named.isEmpty()) {
                return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
