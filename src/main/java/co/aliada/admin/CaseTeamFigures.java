package co.aliada.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How each consultant and each institution handled the cases they own: how many, how fast they took,
 * answered and closed them (medians, minutes from opening), how the cases ended, and what the people
 * rated them (1 not useful, 2 so-so, 3 useful).
 */
final class CaseTeamFigures {

    /** The outcomes a consultant picks when closing, one column each (the escalation feature's ids). */
    static final List<String> OUTCOMES = List.of("resolved", "referred", "no-answer", "duplicate");
    private static final List<Integer> RATINGS = List.of(3, 2, 1);

    private final FigureLabels labels;
    private final String lang;

    CaseTeamFigures(FigureLabels labels, String lang) {
        this.labels = labels;
        this.lang = lang;
    }

    Figure byConsultant(List<FigureData.Case> cases) {
        return table("consultants", "admin.figure.consultants", cases, FigureData.Case::consultant);
    }

    /** A consultant who named no institution counts under "no institution"; untaken cases count nowhere. */
    Figure byInstitution(List<FigureData.Case> cases) {
        String none = labels.text("admin.figures.no-institution", lang);
        return table("institutions", "admin.figure.institutions", cases.stream().filter(c -> c.consultant() != null).toList(),
                c -> c.institution() == null ? none : c.institution());
    }

    Figure ratings(List<FigureData.Case> cases) {
        List<FigureData.Case> rated = cases.stream().filter(c -> c.rating() != null).toList();
        List<Figure.Row> rows = new ArrayList<>();
        if (!rated.isEmpty()) {
            for (int rating : RATINGS) {
                long n = rated.stream().filter(c -> c.rating() == rating).count();
                rows.add(new Figure.Row(labels.text("admin.rating." + rating, lang),
                        List.of((double) n, FiguresService.round(100.0 * n / rated.size()))));
            }
        }
        return new Figure("ratings", labels.text("admin.figure.ratings", lang),
                List.of(labels.text("admin.column.cases", lang), labels.text("admin.column.percent", lang)), rows, List.of(0));
    }

    private Figure table(String id, String title, List<FigureData.Case> cases, Function<FigureData.Case, String> by) {
        Map<String, List<FigureData.Case>> groups = new LinkedHashMap<>();
        cases.stream().filter(c -> by.apply(c) != null)
                .forEach(c -> groups.computeIfAbsent(by.apply(c), k -> new ArrayList<>()).add(c));
        List<Figure.Row> rows = groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<FigureData.Case>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> row(e.getKey(), e.getValue())).toList();
        List<String> columns = new ArrayList<>(List.of(labels.text("admin.column.cases", lang),
                labels.text("admin.column.to-take", lang), labels.text("admin.column.to-answer", lang),
                labels.text("admin.column.to-close", lang)));
        OUTCOMES.forEach(o -> columns.add(labels.text("admin.outcome." + o, lang)));
        columns.add(labels.text("admin.column.rating", lang));
        columns.add(labels.text("admin.column.ratings", lang));
        return new Figure(id, labels.text(title, lang), columns, rows, List.of(0));
    }

    private static Figure.Row row(String label, List<FigureData.Case> cases) {
        List<Double> values = new ArrayList<>();
        values.add((double) cases.size());
        values.add(median(cases, FigureData.Case::takenAt));
        values.add(median(cases, FigureData.Case::firstAnswerAt));
        values.add(median(cases, FigureData.Case::closedAt));
        OUTCOMES.forEach(o -> values.add((double) cases.stream()
                .filter(c -> c.closedAt() != null && o.equals(c.closeReason())).count()));
        List<Integer> ratings = cases.stream().map(FigureData.Case::rating).filter(Objects::nonNull).toList();
        values.add(ratings.isEmpty() ? null
                : FiguresService.round2(ratings.stream().mapToInt(Integer::intValue).average().orElse(0)));
        values.add((double) ratings.size());
        return new Figure.Row(label, values);
    }

    /** Median minutes from opening to {@code until}, over the cases that got there; null when none did. */
    static Double median(List<FigureData.Case> cases, Function<FigureData.Case, Instant> until) {
        List<Double> minutes = cases.stream().map(c -> FiguresService.minutes(c.openedAt(), until.apply(c)))
                .filter(Objects::nonNull).sorted().toList();
        if (minutes.isEmpty()) {
            return null;
        }
        int half = minutes.size() / 2;
        double median = minutes.size() % 2 == 1 ? minutes.get(half) : (minutes.get(half - 1) + minutes.get(half)) / 2;
        return FiguresService.round(median);
    }
}
