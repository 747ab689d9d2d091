package co.aliada.challenge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.aliada.matching.MatchQuery;
import co.aliada.matching.MatchResult;
import co.aliada.matching.Matcher;

/** Answers a fixed result and remembers the queries it was asked. */
final class FakeMatcher implements Matcher {

    final List<MatchQuery> queries = new ArrayList<>();
    /** The texts it reads as saying only who is asking. */
    final Set<String> introductions = new HashSet<>();
    MatchResult answer;

    FakeMatcher(MatchResult answer) {
        this.answer = answer;
    }

    @Override
    public MatchResult match(MatchQuery query) {
        queries.add(query);
        List<MatchResult.Service> services = answer.services();
        return new MatchResult(answer.none(), answer.pillar(), answer.pillars(),
                services.subList(0, Math.min(query.limit(), services.size())));
    }

    @Override
    public boolean onlySaysWhoIsAsking(String text) {
        return introductions.contains(text);
    }

    static MatchResult.Institution institution(String id, String name, String contact, boolean verified) {
        return new MatchResult.Institution(id, name, "Popayán", "https://" + id + ".example.org", contact, verified);
    }

    /** A match for order-keeping troubles: three services, one institution each, one unverified. */
    static MatchResult orders() {
        MatchResult.Pillar pillar = new MatchResult.Pillar("technology-management", "Gestión tecnológica", 0.9);
        return new MatchResult(false, pillar, List.of(pillar), List.of(
                new MatchResult.Service("tm-solution-implementation", "technology-management", "Implementación de soluciones tecnológicas",
                        "Sistemas de gestión (ERP) para pedidos e inventario.", 0.9,
                        List.of(institution("unicauca", "Universidad del Cauca", "innovacion@unicauca.example.org", true))),
                new MatchResult.Service("ci-process-automation", "continuous-improvement", "Automatización de procesos",
                        "Menos trabajo repetido a mano.", 0.7,
                        List.of(institution("sena", "SENA Regional Cauca", "cauca@sena.example.org", false))),
                new MatchResult.Service("tm-staff-training", "technology-management", "Capacitación del personal",
                        "Que su equipo use bien las herramientas nuevas.", 0.5, List.of())));
    }

    static MatchResult weak() {
        MatchResult strong = orders();
        List<MatchResult.Service> low = strong.services().stream().map(s -> new MatchResult.Service(s.id(), s.pillar(),
                s.name(), s.summary(), 0.05, s.institutions())).toList();
        return new MatchResult(false, strong.pillar(), strong.pillars(), low);
    }
}
