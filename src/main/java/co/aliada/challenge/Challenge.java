package co.aliada.challenge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A company's innovation challenge as defined with the adapted Double Diamond, with the services
 * recommended for it. Ratings go from 1 (low) to 3 (high).
 */
public record Challenge(long id, String chat, String driver, String text, String howMightWe, int urgency,
                        int feasibility, int impact, String context, List<String> services,
                        List<String> serviceNames, Instant createdAt, boolean confirmed) {

    /**
     * Highest priority first: the sum of urgency, impact and feasibility (3 to 9); ties go to the
     * more urgent, then the higher impact, then the older challenge.
     */
    public static final Comparator<Challenge> BY_PRIORITY = Comparator.comparingInt(Challenge::priority).reversed()
            .thenComparing(Comparator.comparingInt(Challenge::urgency).reversed())
            .thenComparing(Comparator.comparingInt(Challenge::impact).reversed())
            .thenComparingLong(Challenge::id);

    public Challenge {
        services = services == null ? List.of() : List.copyOf(services);
        serviceNames = serviceNames == null ? List.of() : List.copyOf(serviceNames);
    }

    public int priority() {
        return urgency + feasibility + impact;
    }

    Challenge withId(long newId) {
        return new Challenge(newId, chat, driver, text, howMightWe, urgency, feasibility, impact, context,
                services, serviceNames, createdAt, confirmed);
    }

    Challenge withServices(List<String> ids, List<String> names) {
        return new Challenge(id, chat, driver, text, howMightWe, urgency, feasibility, impact, context,
                ids, names, createdAt, confirmed);
    }
}
