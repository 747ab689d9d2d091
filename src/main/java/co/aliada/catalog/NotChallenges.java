package co.aliada.catalog;

import java.util.List;
import java.util.Map;

/**
 * The admins' phrases that mark a sentence as not about a business ({@code not-challenges.yml}), per language: a
 * question about the bot ("usted es un robot"), about an institution's hours or address ("a qué hora abren"), a
 * job search ("busco trabajo de"), the cost of the service ("es gratis"), a personal or family matter ("me debe
 * plata", "la custodia"). Flattened over their kinds.
 */
public record NotChallenges(Map<String, List<String>> phrases) {

    public static final NotChallenges NONE = new NotChallenges(Map.of());

    public NotChallenges {
        phrases = Map.copyOf(phrases);
    }

    public List<String> phrases(String lang) {
        return phrases.getOrDefault(lang, List.of());
    }
}
