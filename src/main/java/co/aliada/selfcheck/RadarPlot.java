package co.aliada.selfcheck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** A radar plot that draws its scale (rings 1 to 5, numbered) under the company's shape, and two-line labels. */
final class RadarPlot extends SpiderWebPlot {

    private final Color grid;
    /** Where the last drawing put each label, so that a test can check it fits the picture. */
    private final List<Rectangle2D> labelBounds = new ArrayList<>();
    private Rectangle2D plotArea = new Rectangle2D.Double();

    RadarPlot(DefaultCategoryDataset data, Color grid) {
        super(data);
        this.grid = grid;
    }

    @Override
    protected void drawRadarPoly(Graphics2D g2, Rectangle2D area, Point2D centre, PlotRenderingInfo info,
                                 int series, int catCount, double headH, double headW) {
        if (series > 0) { // the scale is drawn once, under the first outline
            super.drawRadarPoly(g2, area, centre, info, series, catCount, headH, headW);
            return;
        }
        g2.setStroke(new BasicStroke(1.5f));
        g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        for (int ring = 1; ring <= RadarChart.MAX; ring++) {
            Path2D.Double polygon = new Path2D.Double();
            for (int cat = 0; cat < catCount; cat++) {
                double angle = getStartAngle() + getDirection().getFactor() * cat * 360.0 / catCount;
                Point2D p = getWebPoint(area, angle, ring / RadarChart.MAX);
                if (cat == 0) {
                    polygon.moveTo(p.getX(), p.getY());
                } else {
                    polygon.lineTo(p.getX(), p.getY());
                }
            }
            polygon.closePath();
            g2.setPaint(grid);
            g2.draw(polygon);
            // Numbered between the first two axes, where no data point can cover the number.
            Point2D a = getWebPoint(area, getStartAngle(), ring / RadarChart.MAX);
            Point2D b = getWebPoint(area, getStartAngle() + getDirection().getFactor() * 360.0 / catCount, ring / RadarChart.MAX);
            g2.setPaint(Color.GRAY);
            g2.drawString(String.valueOf(ring), (float) ((a.getX() + b.getX()) / 2) - 6,
                    (float) ((a.getY() + b.getY()) / 2) + 8);
        }
        super.drawRadarPoly(g2, area, centre, info, series, catCount, headH, headW);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inside = (Rectangle2D) area.clone();
        getInsets().trim(inside); // what the plot clips its drawing to, labels included
        plotArea = inside;
        super.draw(g2, area, anchor, parentState, info);
    }

    /** The labels' boxes in the last drawing, in axis order. */
    List<Rectangle2D> labelBounds() {
        return List.copyOf(labelBounds);
    }

    /** The area the last drawing was clipped to: a label must fit inside it to be seen whole. */
    Rectangle2D plotArea() {
        return plotArea;
    }

    /** Two lines, the area's name and its value, kept clear of the web. */
    @Override
    protected void drawLabel(Graphics2D g2, Rectangle2D area, double value, int cat, double startAngle,
                             double extent) {
        String[] lines = String.valueOf(getDataset().getColumnKey(cat)).split("\n");
        Font bold = getLabelFont();
        Font plain = bold.deriveFont(Font.PLAIN);
        FontRenderContext frc = g2.getFontRenderContext();
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, bold.getStringBounds(line, frc).getWidth());
        }
        double lineHeight = bold.getLineMetrics(lines[0], frc).getHeight();
        double ascent = bold.getLineMetrics(lines[0], frc).getAscent();
        Rectangle2D block = new Rectangle2D.Double(0, 0, width, lineHeight);
        Point2D located = calculateLabelLocation(block, ascent, area, startAngle);
        // the plot clips what it draws to its area: "Planificación" beside the web ran past it and lost its last letters
        Point2D at = new Point2D.Double(Math.max(plotArea.getMinX(), Math.min(located.getX(), plotArea.getMaxX() - width)),
                located.getY());
        double top = at.getY() < area.getCenterY() - 1 ? at.getY() - lineHeight * (lines.length - 1) : at.getY();
        double side = getWebPoint(area, startAngle, 1).getX() - area.getCenterX();
        g2.setPaint(getLabelPaint());
        if (cat == 0) {
            labelBounds.clear();
        }
        labelBounds.add(new Rectangle2D.Double(at.getX(), top - ascent, width, lineHeight * lines.length));
        for (int i = 0; i < lines.length; i++) {
            Font font = i == 0 ? bold : plain;
            double lineWidth = font.getStringBounds(lines[i], frc).getWidth();
            double x = at.getX() + (side < -1 ? width - lineWidth : side > 1 ? 0 : (width - lineWidth) / 2);
            g2.setFont(font);
            g2.drawString(lines[i], (float) x, (float) (top + i * lineHeight));
        }
    }
}
