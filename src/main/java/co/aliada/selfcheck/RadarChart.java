package co.aliada.selfcheck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The six areas on a radar chart as a PNG read on a phone: on the same 1–5 scale as the levels in the
 * result card (an average answer of 0–4 is drawn and written as 1–5), sized so that a 390 px wide screen
 * shows it at about 0.6× and its labels at 15 px or more.
 */
final class RadarChart {

    static final int SIZE = 640;
    /** The scale's top, 5, as the levels; the answers' 0–4 averages are shifted by {@link #OFFSET}. */
    static final double MAX = 5;
    static final double OFFSET = 1;
    static final int LABEL_POINTS = 25;
    private static final Color INK = new Color(0x21, 0x2B, 0x36);
    private static final Color FILL = new Color(0x0E, 0x8A, 0x6A);
    // Narrow letters let long area names fit beside the web; any sans serif does where it is missing.
    private static final String CONDENSED = "DejaVu Sans Condensed";
    private static final Color PREVIOUS = new Color(0x8A, 0x94, 0xA0);
    private static final Color GRID = new Color(0xC8, 0xCE, 0xD6);

    private RadarChart() {
    }

    /**
     * Renders headless. {@code labels} and {@code values} are in the same order, values the averages
     * within 0–4; each axis shows its label with the value on the 1–5 scale below it.
     */
    static byte[] png(String title, List<String> labels, List<Double> values, Locale locale) {
        return png(title, labels, values, null, locale);
    }

    /**
     * The same, with the previous self-check as a second, dashed outline when {@code previous} is not null
     * (same order as {@code labels}); each axis then shows "before → now".
     */
    static byte[] png(String title, List<String> labels, List<Double> values, List<Double> previous, Locale locale) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart(title, labels, values, previous, locale).draw(g, new Rectangle2D.Double(0, 0, SIZE, SIZE));
        } finally {
            g.dispose();
        }
        return PngImage.encode(image);
    }

    /** The chart itself, drawn by {@link #png}; its plot is a {@link RadarPlot}. */
    static JFreeChart chart(String title, List<String> labels, List<Double> values, List<Double> previous,
                            Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            String now = String.format(locale, "%.1f", values.get(i) + OFFSET);
            String label = labels.get(i) + "\n" + (previous == null ? now
                    : String.format(locale, "%.1f", previous.get(i) + OFFSET) + " → " + now);
            data.addValue(values.get(i) + OFFSET, "company", label);
            if (previous != null) {
                data.addValue(previous.get(i) + OFFSET, "previous", label);
            }
        }
        SpiderWebPlot plot = new RadarPlot(data, GRID);
        plot.setMaxValue(MAX);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.40);
        plot.setAxisLabelGap(0.03);
        plot.setLabelFont(new Font(CONDENSED, Font.BOLD, LABEL_POINTS));
        plot.setLabelPaint(INK);
        plot.setSeriesPaint(0, FILL);
        plot.setSeriesOutlinePaint(0, FILL);
        plot.setSeriesOutlineStroke(0, new BasicStroke(4f));
        plot.setSeriesPaint(1, PREVIOUS);
        plot.setSeriesOutlinePaint(1, PREVIOUS);
        plot.setSeriesOutlineStroke(1, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {14f, 10f}, 0f));
        plot.setWebFilled(true);
        plot.setWebFillAlpha(0.35f);
        plot.setHeadPercent(0.025);
        plot.setAxisLinePaint(GRID);
        plot.setAxisLineStroke(new BasicStroke(2f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 30), INK,
                TextTitle.DEFAULT_POSITION, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
                TextTitle.DEFAULT_VERTICAL_ALIGNMENT, new RectangleInsets(16, 8, 0, 8)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return chart;
    }
}
