package co.aliada.admin;

/**
 * The figures as CSV, one value a line ({@code figure,label,column,value}), so a spreadsheet can pivot
 * any of them; UTF-8 with a byte-order mark, which spreadsheet programs need to show "Popayán".
 */
final class FiguresCsv {

    private FiguresCsv() {
    }

    static String of(Figures figures, String header) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(header).append("\r\n");
        for (Figure figure : figures.all()) {
            for (Figure.Row row : figure.rows()) {
                for (int i = 0; i < figure.columns().size(); i++) {
                    Double value = row.values().get(i);
                    csv.append(cell(figure.title())).append(',').append(cell(row.label())).append(',')
                            .append(cell(figure.columns().get(i))).append(',')
                            .append(value == null ? "" : Figure.format(value)).append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    /** Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs a typed municipality. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
