package co.aliada.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.aliada.catalog.Service;

/**
 * The programme's figures from live data, the one source for the dashboard, its CSV and the
 * Telegram report: the article's figures (levels beside its 36.7 / 36.7 / 16.7 / 6.7 / 3.3 %, areas,
 * drivers, pillars, sectors) plus demand against supply (unmet demand), usefulness and cases.
 */
class FiguresService {

    /** A service offered by fewer institutions than this, yet asked for, is unmet demand. */
    static final int WELL_SUPPLIED = 2;

    private final FigureData data;
    private final FigureLabels labels;
    private final java.util.function.Supplier<Map<String, Map<String, Long>>> others;

    /** {@code others}: figures other features keep (follow-up), label → count, shown after these unfiltered. */
    FiguresService(FigureData data, FigureLabels labels, java.util.function.Supplier<Map<String, Map<String, Long>>> others) {
        this.data = data;
        this.labels = labels;
        this.others = others;
    }

    Figures compute(FigureFilter filter, String lang) {
        Map<String, FigureData.Profile> profiles = data.profiles().stream()
                .collect(Collectors.toMap(FigureData.Profile::chat, Function.identity(), (a, b) -> b));
        List<FigureData.SelfCheck> checks = data.selfChecks();
        Map<String, String> sectorOf = new HashMap<>();
        checks.forEach(check -> sectorOf.put(check.chat(), check.sector()));
        profiles.values().forEach(p -> sectorOf.put(p.chat(), p.sector()));
        Function<String, Boolean> company = chat -> {
            FigureData.Profile p = profiles.get(chat);
            return filter.coversCompany(sectorOf.get(chat), p == null ? null : p.municipality());
        };

        Map<String, FigureData.SelfCheck> latest = new LinkedHashMap<>();
        checks.stream().filter(c -> filter.covers(c.finishedAt()) && company.apply(c.chat()))
                .forEach(c -> latest.put(c.chat(), c)); // oldest first, so the last one stays
        List<FigureData.Challenge> challenges = data.challenges().stream()
                .filter(c -> filter.covers(c.createdAt()) && company.apply(c.chat())).toList();
        List<FigureData.Profile> companies = profiles.values().stream()
                .filter(p -> filter.covers(p.updatedAt()) && company.apply(p.chat())).toList();
        List<FigureData.Feedback> feedback = data.feedback().stream()
                .filter(f -> filter.covers(f.createdAt()) && company.apply(f.chat())).toList();
        List<FigureData.Case> cases = data.cases().stream()
                .filter(c -> filter.covers(c.openedAt()) && company.apply(c.chat())).toList();

        CaseFigures caseFigures = new CaseFigures(labels, lang);
        CaseTeamFigures team = new CaseTeamFigures(labels, lang);
        List<Figure> figures = new ArrayList<>(List.of(
                levels(latest.values(), lang), areas(latest.values(), lang), drivers(challenges, lang),
                pillars(challenges, lang), services(challenges, lang, false), services(challenges, lang, true),
                sectors(companies, lang), municipalities(companies, lang), useful(feedback, lang),
                caseFigures.summary(cases), caseFigures.outcomes(cases), team.ratings(cases), team.byConsultant(cases),
                team.byInstitution(cases)));
        for (Map.Entry<String, Map<String, Long>> other : others.get().entrySet()) {
            List<Figure.Row> rows = other.getValue().entrySet().stream()
                    .map(e -> new Figure.Row(labels.row(e.getKey(), lang), List.of((double) e.getValue()))).toList();
            figures.add(new Figure(other.getKey(), labels.figure(other.getKey(), lang),
                    List.of(labels.text("admin.column.value", lang)), rows, List.of(0)));
        }
        return new Figures(filter, figures, sectorChoices(profiles.values(), sectorOf, lang),
                municipalityChoices(profiles.values()));
    }

    private Figure levels(java.util.Collection<FigureData.SelfCheck> latest, String lang) {
        Map<String, Long> counts = latest.stream().collect(Collectors.groupingBy(FigureData.SelfCheck::level, Collectors.counting()));
        Map<String, Double> article = labels.baselinePercent();
        List<Figure.Row> rows = new ArrayList<>();
        if (!latest.isEmpty()) {
            labels.levels(lang).forEach((id, name) -> {
                long n = counts.getOrDefault(id, 0L);
                rows.add(new Figure.Row(name, List.of((double) n, round(100.0 * n / latest.size()), round(article.get(id)))));
            });
        }
        return figure("levels", lang, List.of("companies", "percent", "article-percent"), rows, List.of(1, 2));
    }

    private Figure areas(java.util.Collection<FigureData.SelfCheck> latest, String lang) {
        List<Figure.Row> rows = new ArrayList<>();
        if (!latest.isEmpty()) {
            labels.areas(lang).forEach((id, name) -> latest.stream().filter(c -> c.areas().containsKey(id))
                    .mapToDouble(c -> c.areas().get(id)).average()
                    .ifPresent(avg -> rows.add(new Figure.Row(name, List.of(round2(avg))))));
        }
        return figure("areas", lang, List.of("average"), rows, List.of(0));
    }

    private Figure drivers(List<FigureData.Challenge> challenges, String lang) {
        Map<String, Long> counts = challenges.stream().collect(Collectors.groupingBy(FigureData.Challenge::driver, Collectors.counting()));
        List<Figure.Row> rows = new ArrayList<>();
        if (!challenges.isEmpty()) {
            List<String> order = new ArrayList<>(labels.drivers());
            counts.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
            order.forEach(id -> rows.add(new Figure.Row(labels.driver(id, lang), List.of((double) counts.getOrDefault(id, 0L)))));
        }
        return figure("drivers", lang, List.of("challenges"), rows, List.of(0));
    }

    /** A challenge's pillar is the pillar of its best recommended service. */
    private Figure pillars(List<FigureData.Challenge> challenges, String lang) {
        var catalog = labels.catalog();
        Map<String, Long> counts = new HashMap<>();
        challenges.stream().filter(c -> !c.services().isEmpty())
                .forEach(c -> catalog.service(c.services().get(0))
                        .ifPresent(s -> counts.merge(s.pillar(), 1L, Long::sum)));
        List<Figure.Row> rows = new ArrayList<>();
        if (!counts.isEmpty()) {
            catalog.pillars().forEach(p -> rows.add(new Figure.Row(p.name().in(lang),
                    List.of((double) counts.getOrDefault(p.id(), 0L)))));
        }
        return figure("pillars", lang, List.of("challenges"), rows, List.of(0));
    }

    /** Demand (challenges recommended the service) beside supply (institutions offering it). */
    private Figure services(List<FigureData.Challenge> challenges, String lang, boolean unmetOnly) {
        var catalog = labels.catalog();
        var offered = labels.institutionsByService();
        Map<String, Long> demand = challenges.stream().flatMap(c -> c.services().stream().distinct())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<Figure.Row> rows = catalog.services().stream()
                .filter(s -> demand.containsKey(s.id()))
                .filter(s -> !unmetOnly || offered.getOrDefault(s.id(), List.of()).size() < WELL_SUPPLIED)
                .sorted(Comparator.comparing((Service s) -> -demand.get(s.id())).thenComparing(Service::id))
                .map(s -> new Figure.Row(s.name().in(lang), List.of((double) demand.get(s.id()),
                        (double) offered.getOrDefault(s.id(), List.of()).size())))
                .toList();
        return figure(unmetOnly ? "unmet" : "services", lang, List.of("demand", "institutions"), rows,
                unmetOnly ? List.of() : List.of(0, 1));
    }

    private Figure sectors(List<FigureData.Profile> companies, String lang) {
        Map<String, Long> counts = new TreeMap<>(companies.stream()
                .collect(Collectors.groupingBy(FigureData.Profile::sector, Collectors.counting())));
        List<Figure.Row> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Figure.Row(labels.sector(e.getKey(), lang), List.of((double) e.getValue()))).toList();
        return figure("sectors", lang, List.of("companies"), rows, List.of(0));
    }

    private Figure municipalities(List<FigureData.Profile> companies, String lang) {
        Map<String, String> names = new HashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (FigureData.Profile p : companies) {
            String key = p.municipality() == null ? "" : FigureFilter.key(p.municipality());
            names.putIfAbsent(key, key.isEmpty() ? labels.text("admin.figures.unknown", lang) : p.municipality().strip());
            counts.merge(key, 1L, Long::sum);
        }
        List<Figure.Row> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().isEmpty())) // "not given" last among equals
                .map(e -> new Figure.Row(names.get(e.getKey()), List.of((double) e.getValue()))).toList();
        return figure("municipalities", lang, List.of("companies"), rows, List.of(0));
    }

    private Figure useful(List<FigureData.Feedback> feedback, String lang) {
        List<Figure.Row> rows = new ArrayList<>();
        if (!feedback.isEmpty()) {
            long yes = feedback.stream().filter(FigureData.Feedback::useful).count();
            long no = feedback.size() - yes;
            rows.add(new Figure.Row(labels.text("admin.figures.useful-yes", lang), List.of((double) yes, round(100.0 * yes / feedback.size()))));
            rows.add(new Figure.Row(labels.text("admin.figures.useful-no", lang), List.of((double) no, round(100.0 * no / feedback.size()))));
        }
        return figure("useful", lang, List.of("answers", "percent"), rows, List.of(0));
    }

    Figure figure(String id, String lang, List<String> columns, List<Figure.Row> rows, List<Integer> charted) {
        return new Figure(id, labels.text("admin.figure." + id, lang),
                columns.stream().map(c -> labels.text("admin.column." + c, lang)).toList(), rows, charted);
    }

    private Map<String, String> sectorChoices(java.util.Collection<FigureData.Profile> profiles,
                                              Map<String, String> sectorOf, String lang) {
        Map<String, String> choices = new TreeMap<>();
        sectorOf.values().stream().filter(s -> s != null).forEach(s -> choices.put(s, labels.sector(s, lang)));
        return choices;
    }

    private static Map<String, String> municipalityChoices(java.util.Collection<FigureData.Profile> profiles) {
        Map<String, String> choices = new TreeMap<>();
        profiles.stream().filter(p -> p.municipality() != null)
                .forEach(p -> choices.putIfAbsent(FigureFilter.key(p.municipality()), p.municipality().strip()));
        return choices;
    }

    static double round(Double value) {
        return value == null ? 0 : Math.round(value * 10) / 10.0;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static Double minutes(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toSeconds() / 60.0;
    }
}
