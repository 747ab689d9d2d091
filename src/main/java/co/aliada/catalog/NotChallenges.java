package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' phrases that mark a sentence as not about a business ({@code not-challenges.yml}), per language: a
 * question about the bot ("usted es un robot"), about an institution's hours or address ("a qué hora abren"), a
 * job search ("busco trabajo de"), the cost of the service ("es gratis"), a personal or family matter ("me debe
 * plata", "la custodia"). Flattened over their kinds. Beside them, the words that tell a sentence addressed to the
 * bot from one about the writer's own business ({@link ToTheBotWords}).
 */
public record NotChallenges(Map<String, List<String>> phrases, ToTheBotWords toTheBot) {

    public static final NotChallenges NONE = new NotChallenges(Map.of());

    public NotChallenges {
        phrases = Map.copyOf(phrases);
        toTheBot = toTheBot == null ? ToTheBotWords.NONE : toTheBot;
    }

    /** Phrases only, as a file without a {@code to-the-bot} key gives. */
    public NotChallenges(Map<String, List<String>> phrases) {
        this(phrases, ToTheBotWords.NONE);
    }

    public List<String> phrases(String lang) {
        return phrases.getOrDefault(lang, List.of());
    }
}
