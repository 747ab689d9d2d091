package co.aliada.matching;

import java.util.List;

/**
 * The answer of a {@link Matcher}: the best pillar, every pillar's score, and the services ranked
 * best first. {@code none} is true, with no services, when nothing fits (a greeting, thanks,
 * off-topic text). Names and summaries are in the query's language.
 */
public record MatchResult(boolean none, Pillar pillar, List<Pillar> pillars, List<Service> services) {

    public MatchResult {
        pillars = List.copyOf(pillars);
        services = List.copyOf(services);
    }

    public static MatchResult nothing() {
        return new MatchResult(true, null, List.of(), List.of());
    }

    /** A pillar of innovation services and how well it fits. */
    public record Pillar(String id, String name, double score) {
    }

    /** One service, a one-line summary of what the company gets, and who offers it. */
    public record Service(String id, String pillar, String name, String summary, double score,
                          List<Institution> institutions) {
        public Service {
            institutions = List.copyOf(institutions);
        }
    }

    /**
     * An institution that offers the service and how to reach it.
     *
     * @param contact  the contact point as the catalogue gives it (an address, a page)
     * @param verified false while the contact is an example waiting to be replaced by an admin
     */
    public record Institution(String id, String name, String city, String website, String contact, boolean verified) {

        /** A catalogue institution as an answer shows it. */
        public static Institution of(co.aliada.catalog.Institution i) {
            return new Institution(i.id(), i.name(), i.city(), i.website(), i.contact(), i.verified());
        }
    }
}
