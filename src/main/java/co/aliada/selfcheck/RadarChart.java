package co.aliada.selfcheck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** The six areas on a radar chart, 0 to 4, as a PNG big and bold enough to read on a phone. */
final class RadarChart {

    static final int SIZE = 800;
    static final double MAX = 4;
    private static final Color INK = new Color(0x21, 0x2B, 0x36);
    private static final Color FILL = new Color(0x0E, 0x8A, 0x6A);
    // Narrow letters let long area names fit beside the web; any sans serif does where it is missing.
    private static final String CONDENSED = "DejaVu Sans Condensed";
    private static final Color GRID = new Color(0xC8, 0xCE, 0xD6);

    private RadarChart() {
    }

    /**
     * Renders headless. {@code labels} and {@code values} are in the same order, values within 0–4; each
     * axis shows its label with the value formatted for the language below it.
     */
    static byte[] png(String title, List<String> labels, List<Double> values, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "company", labels.get(i) + "\n" + String.format(locale, "%.1f", values.get(i)));
        }
        SpiderWebPlot plot = new RingedPlot(data);
        plot.setMaxValue(MAX);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.38);
        plot.setAxisLabelGap(0.07);
        plot.setLabelFont(new Font(CONDENSED, Font.BOLD, 27));
        plot.setLabelPaint(INK);
        plot.setSeriesPaint(0, FILL);
        plot.setSeriesOutlinePaint(0, FILL);
        plot.setSeriesOutlineStroke(0, new BasicStroke(5f));
        plot.setWebFilled(true);
        plot.setWebFillAlpha(0.35f);
        plot.setHeadPercent(0.025);
        plot.setAxisLinePaint(GRID);
        plot.setAxisLineStroke(new BasicStroke(2f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 38), INK,
                TextTitle.DEFAULT_POSITION, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
                TextTitle.DEFAULT_VERTICAL_ALIGNMENT, new org.jfree.chart.ui.RectangleInsets(24, 8, 0, 8)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, SIZE, SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Draws the scale (rings 1 to 4, numbered) under the company's shape. */
    private static final class RingedPlot extends SpiderWebPlot {

        RingedPlot(DefaultCategoryDataset data) {
            super(data);
        }

        @Override
        protected void drawRadarPoly(Graphics2D g2, Rectangle2D area, Point2D centre, PlotRenderingInfo info,
                                     int series, int catCount, double headH, double headW) {
            g2.setStroke(new BasicStroke(1.5f));
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            for (int ring = 1; ring <= MAX; ring++) {
                java.awt.geom.Path2D.Double polygon = new java.awt.geom.Path2D.Double();
                for (int cat = 0; cat < catCount; cat++) {
                    double angle = getStartAngle() + getDirection().getFactor() * cat * 360.0 / catCount;
                    Point2D p = getWebPoint(area, angle, ring / MAX);
                    if (cat == 0) {
                        polygon.moveTo(p.getX(), p.getY());
                    } else {
                        polygon.lineTo(p.getX(), p.getY());
                    }
                }
                polygon.closePath();
                g2.setPaint(GRID);
                g2.draw(polygon);
                // Numbered between the first two axes, where no data point can cover the number.
                Point2D a = getWebPoint(area, getStartAngle(), ring / MAX);
                Point2D b = getWebPoint(area, getStartAngle() + getDirection().getFactor() * 360.0 / catCount, ring / MAX);
                g2.setPaint(Color.GRAY);
                g2.drawString(String.valueOf(ring), (float) ((a.getX() + b.getX()) / 2) - 6,
                        (float) ((a.getY() + b.getY()) / 2) + 8);
            }
            super.drawRadarPoly(g2, area, centre, info, series, catCount, headH, headW);
        }

        /** Two lines, the area's name and its value, kept clear of the web. */
        @Override
        protected void drawLabel(Graphics2D g2, Rectangle2D area, double value, int cat, double startAngle,
                                 double extent) {
            String[] lines = String.valueOf(getDataset().getColumnKey(cat)).split("\n");
            Font bold = getLabelFont();
            Font plain = bold.deriveFont(Font.PLAIN);
            java.awt.font.FontRenderContext frc = g2.getFontRenderContext();
            double width = 0;
            for (String line : lines) {
                width = Math.max(width, bold.getStringBounds(line, frc).getWidth());
            }
            double lineHeight = bold.getLineMetrics(lines[0], frc).getHeight();
            double ascent = bold.getLineMetrics(lines[0], frc).getAscent();
            Rectangle2D block = new Rectangle2D.Double(0, 0, width, lineHeight);
            Point2D at = calculateLabelLocation(block, ascent, area, startAngle);
            double top = at.getY() < area.getCenterY() - 1 ? at.getY() - lineHeight * (lines.length - 1) : at.getY();
            double side = getWebPoint(area, startAngle, 1).getX() - area.getCenterX();
            g2.setPaint(getLabelPaint());
            for (int i = 0; i < lines.length; i++) {
                Font font = i == 0 ? bold : plain;
                double lineWidth = font.getStringBounds(lines[i], frc).getWidth();
                double x = at.getX() + (side < -1 ? width - lineWidth : side > 1 ? 0 : (width - lineWidth) / 2);
                g2.setFont(font);
                g2.drawString(lines[i], (float) x, (float) (top + i * lineHeight));
            }
        }
    }
}
