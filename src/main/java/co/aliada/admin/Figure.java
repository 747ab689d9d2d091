package co.aliada.admin;

import java.util.List;

/**
 * One figure of the programme: a titled table of labelled rows, each with one value per column, and
 * which columns its chart draws. Labels and titles are already in the reader's language.
 *
 * @param charted indexes of the columns the chart shows as bars; empty when a table says it better
 */
record Figure(String id, String title, List<String> columns, List<Row> rows, List<Integer> charted) {

    /** One labelled line of a figure; {@code values} follow {@code columns}, null where there is no value. */
    record Row(String label, List<Double> values) {
        Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    Figure {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        charted = List.copyOf(charted);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    boolean hasChart() {
        return !charted.isEmpty() && !rows.isEmpty();
    }

    /** A value as people read it: whole numbers without decimals, others with one. */
    static String format(Double value) {
        if (value == null) {
            return "—";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.valueOf(value.longValue());
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
