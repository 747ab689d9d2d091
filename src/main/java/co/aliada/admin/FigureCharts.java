package co.aliada.admin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A figure as a horizontal bar chart PNG: horizontal so that long Spanish labels ("Cultura de
 * innovación sostenible") stay readable on a phone; one colour per charted column, with a legend
 * when there are several (companies beside the article's share).
 */
final class FigureCharts {

    static final int WIDTH = 900;
    private static final Color INK = new Color(0x21, 0x2B, 0x36);
    private static final Color[] SERIES = {new Color(0x0E, 0x8A, 0x6A), new Color(0xB0, 0xB8, 0xC4), new Color(0xE0, 0x8A, 0x1E)};

    private FigureCharts() {
    }

    /** The chart of a figure that has one; the caller checks {@link Figure#hasChart()}. */
    static byte[] png(Figure figure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure.Row row : figure.rows()) {
            for (int column : figure.charted()) {
                Double value = row.values().get(column);
                data.addValue(value == null ? 0 : value, figure.columns().get(column), shorten(row.label()));
            }
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(), renderer(figure.charted().size()));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD8, 0xDD, 0xE3));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        plot.getDomainAxis().setTickLabelPaint(INK);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createStandardTickUnits());
        JFreeChart chart = new JFreeChart(null, null, plot, figure.charted().size() > 1);
        chart.setTitle(new TextTitle(figure.title(), new Font(Font.SANS_SERIF, Font.BOLD, 24), INK,
                TextTitle.DEFAULT_POSITION, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
                TextTitle.DEFAULT_VERTICAL_ALIGNMENT, TextTitle.DEFAULT_PADDING));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int height = 140 + 48 * figure.rows().size() * Math.max(1, figure.charted().size() - 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, Math.min(height, 2400));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BarRenderer renderer(int series) {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        for (int i = 0; i < series; i++) {
            bars.setSeriesPaint(i, SERIES[i % SERIES.length]);
            bars.setSeriesOutlineStroke(i, new BasicStroke(0));
        }
        return bars;
    }

    private static String shorten(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47) + "…";
    }
}
