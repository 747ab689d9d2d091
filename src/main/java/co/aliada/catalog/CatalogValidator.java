package co.aliada.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.aliada.content.ContentProblem;
import co.aliada.content.Problems;

/** Checks what single files cannot: unique ids, references between files, and that there is something to serve. */
final class CatalogValidator {

    static final Set<String> DRIVERS = Set.of("problem", "technology", "trend", "users");
    static final Set<String> AREAS = Set.of("leadership", "planning", "people", "innovation-intelligence", "processes", "results");

    private CatalogValidator() {
    }

    static void check(List<Sourced<Pillar>> pillars, List<Sourced<Service>> services,
                      List<Sourced<Institution>> institutions, Problems problems) {
        // files that could not give their entries: what points into them is not told one by one (see follow)
        boolean pillarsTroubled = problems.list().stream().anyMatch(p -> p.file().equals(CatalogLoader.PILLARS));
        String pillarsUnread = pillars.isEmpty() && pillarsTroubled ? CatalogLoader.PILLARS : null;
        String servicesUnread = unreadServicesFile(services, problems);
        unique(pillars, Pillar::id, "pillar", problems);
        unique(services, Service::id, "service", problems);
        unique(institutions, Institution::id, "institution", problems);
        for (Sourced<Pillar> p : pillars) {
            known(p, "context/drivers", p.value().drivers(), DRIVERS, "driver", problems);
            known(p, "context/areas", p.value().areas(), AREAS, "self-check area", problems);
        }
        Set<String> pillarIds = pillars.stream().map(p -> p.value().id()).collect(Collectors.toSet());
        Set<String> serviceIds = services.stream().map(s -> s.value().id()).collect(Collectors.toSet());
        List<ContentProblem> unknownPillars = new ArrayList<>();
        for (Sourced<Service> s : services) {
            String pillar = s.value().pillar();
            if (!pillar.isEmpty() && !pillarIds.contains(pillar)) {
                unknownPillars.add(new ContentProblem(s.file(), s.line("pillar"), "service '" + s.value().id()
                        + "' points at pillar '" + pillar + "', which does not exist (pillars: " + sorted(pillarIds) + ")"));
            }
        }
        follow(unknownPillars, pillarsUnread, "services point at the pillars it held", problems);
        List<ContentProblem> unknownServices = new ArrayList<>();
        for (Sourced<Institution> inst : institutions) {
            List<String> offered = inst.value().services();
            for (int i = 0; i < offered.size(); i++) {
                if (!serviceIds.contains(offered.get(i))) {
                    unknownServices.add(new ContentProblem(inst.file(), inst.line("services/" + i), "institution '"
                            + inst.value().id() + "' offers service '" + offered.get(i) + "', which does not exist"));
                }
            }
        }
        follow(unknownServices, servicesUnread, "institutions offer the services it held", problems);
        if (pillars.isEmpty() && pillarsUnread == null) {
            problems.add(CatalogLoader.PILLARS, 0, "the catalogue has no pillars");
        }
        if (services.isEmpty() && servicesUnread == null) {
            problems.add(CatalogLoader.SERVICES, 0, "the catalogue has no services: there is nothing to recommend");
        }
    }

    /** The first services file with a problem that gave none of its services, or null when each one gave its own. */
    static String unreadServicesFile(List<Sourced<Service>> services, Problems problems) {
        Set<String> servicesRead = services.stream().map(Sourced::file).collect(Collectors.toSet());
        return problems.list().stream().map(ContentProblem::file).filter(CatalogValidator::isServicesFile)
                .filter(file -> !servicesRead.contains(file)).sorted().findFirst().orElse(null);
    }

    private static boolean isServicesFile(String file) {
        return file.equals(CatalogLoader.SERVICES + ".yml") || file.startsWith(CatalogLoader.SERVICES + "/");
    }

    /**
     * References into a file that gave none of its entries only follow from that file's own problem (an emptied
     * pillars.yml leaves every service pointing nowhere): they are counted after it, not listed, so that the
     * cause is not buried under them; once it is mended, any that remain are told one by one.
     */
    private static void follow(List<ContentProblem> found, String unread, String what, Problems problems) {
        if (unread == null || found.isEmpty()) {
            problems.addAll(found);
            return;
        }
        problems.add(unread, 0, "and " + found.size() + (found.size() == 1 ? " more problem that follows" : " more problems that follow")
                + " from it (" + what + "): mend this file first");
    }

    private static <T> void unique(List<Sourced<T>> items, Function<T, String> id, String what, Problems problems) {
        Map<String, Sourced<T>> seen = new HashMap<>();
        for (Sourced<T> item : items) {
            String key = id.apply(item.value());
            Sourced<T> first = seen.putIfAbsent(key, item);
            if (first != null && !key.isEmpty()) {
                problems.add(item.file(), item.line("id"), "duplicate " + what + " id '" + key + "': already used at "
                        + first.file() + ":" + first.line("id"));
            }
        }
    }

    private static void known(Sourced<Pillar> pillar, String field, List<String> values, Set<String> allowed,
                              String what, Problems problems) {
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                problems.add(pillar.file(), pillar.line(field + "/" + i), "pillar '" + pillar.value().id() + "' names an unknown "
                        + what + " '" + values.get(i) + "' (known: " + sorted(allowed) + ")");
            }
        }
    }

    private static String sorted(Set<String> ids) {
        return String.join(", ", ids.stream().sorted().toList());
    }
}
