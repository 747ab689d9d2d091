package co.aliada.matching;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of {@code POST /api/match} (contract); {@code pillar} is written even when null. */
record MatchView(boolean none, @JsonInclude(JsonInclude.Include.ALWAYS) PillarView pillar, List<PillarView> pillars, List<ServiceView> services) {

    record PillarView(String id, String name, double score) {
    }

    record ServiceView(String id, String pillar, String name, String summary, double score,
                       List<InstitutionView> institutions) {
    }

    record InstitutionView(String id, String name, String city, String website, String contact, boolean verified) {
    }

    static MatchView of(MatchResult result) {
        return new MatchView(result.none(), result.pillar() == null ? null : pillar(result.pillar()),
                result.pillars().stream().map(MatchView::pillar).toList(),
                result.services().stream().map(s -> new ServiceView(s.id(), s.pillar(), s.name(), s.summary(), s.score(),
                        s.institutions().stream().map(i -> new InstitutionView(i.id(), i.name(), i.city(), i.website(),
                                i.contact(), i.verified())).toList())).toList());
    }

    private static PillarView pillar(MatchResult.Pillar p) {
        return new PillarView(p.id(), p.name(), p.score());
    }
}
