package co.aliada.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One validated, immutable version of the catalogue: pillars, services, institutions, the admins'
 * synonym rules (Solr format text), the words that never tell what a challenge is about, per language, the
 * words that tell a cause, those that tell who is asking, those that mark a sentence as not a challenge and those that
 * tell a product already out whose progress is not known, those that tell sales staff who do not sell, those that
 * tell a person still to hire, and those that tell produce damaged on the way to market.
 */
public record Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                      Map<String, String> synonyms, Map<String, List<String>> stopwords, Causes causes,
                      Identity identity, NotChallenges notChallenges, Launched launched, SalesStaff salesStaff,
                      Hiring hiring, Handling handling) {

    public Catalog {
        pillars = List.copyOf(pillars);
        services = List.copyOf(services);
        institutions = List.copyOf(institutions);
        synonyms = Map.copyOf(synonyms);
        stopwords = Map.copyOf(stopwords);
        causes = causes == null ? Causes.NONE : causes;
        identity = identity == null ? Identity.NONE : identity;
        notChallenges = notChallenges == null ? NotChallenges.NONE : notChallenges;
        launched = launched == null ? Launched.NONE : launched;
        salesStaff = salesStaff == null ? SalesStaff.NONE : salesStaff;
        hiring = hiring == null ? Hiring.NONE : hiring;
        handling = handling == null ? Handling.NONE : handling;
    }

    /** A catalogue without words that tell sales staff who do not sell, a person to hire or damage on the way. */
    public Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                   Map<String, String> synonyms, Map<String, List<String>> stopwords, Causes causes, Identity identity,
                   NotChallenges notChallenges, Launched launched) {
        this(pillars, services, institutions, synonyms, stopwords, causes, identity, notChallenges, launched, SalesStaff.NONE,
                Hiring.NONE, Handling.NONE);
    }

    /** A catalogue without words that tell a launched product: no service is lifted for one. */
    public Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                   Map<String, String> synonyms, Map<String, List<String>> stopwords, Causes causes, Identity identity,
                   NotChallenges notChallenges) {
        this(pillars, services, institutions, synonyms, stopwords, causes, identity, notChallenges, Launched.NONE);
    }

    /** A catalogue without phrases that mark a sentence as not a challenge. */
    public Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                   Map<String, String> synonyms, Map<String, List<String>> stopwords, Causes causes, Identity identity) {
        this(pillars, services, institutions, synonyms, stopwords, causes, identity, NotChallenges.NONE, Launched.NONE);
    }

    /** A catalogue without words that tell who is asking: every part of a text weighs the same. */
    public Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                   Map<String, String> synonyms, Map<String, List<String>> stopwords, Causes causes) {
        this(pillars, services, institutions, synonyms, stopwords, causes, Identity.NONE, NotChallenges.NONE, Launched.NONE);
    }

    /** A catalogue without cause words: every word of a text weighs the same. */
    public Catalog(List<Pillar> pillars, List<Service> services, List<Institution> institutions,
                   Map<String, String> synonyms, Map<String, List<String>> stopwords) {
        this(pillars, services, institutions, synonyms, stopwords, Causes.NONE, Identity.NONE, NotChallenges.NONE, Launched.NONE);
    }

    public Optional<Pillar> pillar(String id) {
        return pillars.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Institution> institution(String id) {
        return institutions.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Institutions offering each service id, in file order. */
    public Map<String, List<Institution>> institutionsByService() {
        return services.stream().collect(Collectors.toMap(Service::id,
                s -> institutions.stream().filter(i -> i.services().contains(s.id())).toList()));
    }

    /** Synonym rules for a language ({@code es}, {@code en}); empty when the admins gave none. */
    public String synonyms(String lang) {
        return synonyms.getOrDefault(lang, "");
    }

    /** Words of a language that say nothing about a challenge ("hola", "gracias", "necesito"). */
    public List<String> stopwords(String lang) {
        return stopwords.getOrDefault(lang, List.of());
    }
}
