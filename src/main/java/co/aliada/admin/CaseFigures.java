package co.aliada.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** How escalations went: how many opened, were taken, answered and closed, how long each took, and outcomes. */
final class CaseFigures {

    private final FigureLabels labels;
    private final String lang;

    CaseFigures(FigureLabels labels, String lang) {
        this.labels = labels;
        this.lang = lang;
    }

    /** Counts, then median minutes from opening to being taken, to the first answer and to closing. */
    Figure summary(List<FigureData.Case> cases) {
        List<Figure.Row> rows = new ArrayList<>();
        if (!cases.isEmpty()) {
            rows.add(count("opened", cases.size()));
            rows.add(count("taken", cases.stream().filter(c -> c.takenAt() != null).count()));
            rows.add(count("answered", cases.stream().filter(c -> c.firstAnswerAt() != null).count()));
            rows.add(count("closed", cases.stream().filter(c -> c.closedAt() != null).count()));
            rows.add(median("to-take", cases, FigureData.Case::takenAt));
            rows.add(median("to-answer", cases, FigureData.Case::firstAnswerAt));
            rows.add(median("to-close", cases, FigureData.Case::closedAt));
        }
        return new Figure("cases", labels.text("admin.figure.cases", lang),
                List.of(labels.text("admin.column.value", lang)), rows, List.of());
    }

    Figure outcomes(List<FigureData.Case> cases) {
        Map<String, Long> counts = new TreeMap<>();
        cases.stream().filter(c -> c.closedAt() != null)
                .forEach(c -> counts.merge(c.closeReason() == null ? "unknown" : c.closeReason(), 1L, Long::sum));
        List<Figure.Row> rows = counts.entrySet().stream()
                .map(e -> new Figure.Row(outcome(e.getKey()), List.of((double) e.getValue()))).toList();
        return new Figure("outcomes", labels.text("admin.figure.outcomes", lang),
                List.of(labels.text("admin.column.cases", lang)), rows, List.of(0));
    }

    private String outcome(String reason) {
        try {
            return labels.text("admin.outcome." + reason, lang);
        } catch (IllegalArgumentException e) {
            return reason; // an outcome added later than its label
        }
    }

    private Figure.Row count(String what, long n) {
        return new Figure.Row(labels.text("admin.cases." + what, lang), List.of((double) n));
    }

    private Figure.Row median(String what, List<FigureData.Case> cases, Function<FigureData.Case, java.time.Instant> until) {
        return new Figure.Row(labels.text("admin.cases." + what, lang),
                java.util.Collections.singletonList(CaseTeamFigures.median(cases, until)));
    }
}
