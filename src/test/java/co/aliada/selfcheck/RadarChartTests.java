package co.aliada.selfcheck;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RadarChartTests {

    private static final List<String> AREAS = List.of("Liderazgo", "Planificación", "Personas",
            "Inteligencia", "Procesos", "Resultados");

    @Test
    void rendersASquarePngBigEnoughForAPhone() throws IOException {
        byte[] png = RadarChart.png("Su perfil de innovación", AREAS, List.of(1.67, 1.5, 2.0, 1.5, 0.67, 0.5), new Locale("es", "CO"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(RadarChart.SIZE);
        assertThat(image.getHeight()).isEqualTo(RadarChart.SIZE);
        assertThat(png.length).isBetween(10_000, 500_000);
        String dir = System.getenv("SELFCHECK_CHART_DIR");
        if (dir != null) {
            Files.write(Path.of(dir, "autodiagnostico.png"), png);
        }
    }

    @Test
    void labelsAreReadableOnA390PxPhoneAndStayInsideThePicture() {
        List<String> longest = List.of("Liderazgo", "Planificación", "Personas", "Inteligencia", "Procesos", "Resultados");
        JFreeChart chart = RadarChart.chart("Su perfil de innovación", longest, List.of(1.67, 1.5, 2.0, 1.5, 0.67, 0.5),
                List.of(0.5, 0.5, 1.0, 1.0, 0.0, 0.0), new Locale("es", "CO"));
        BufferedImage image = new BufferedImage(RadarChart.SIZE, RadarChart.SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, RadarChart.SIZE, RadarChart.SIZE));
        g2.dispose();
        RadarPlot plot = (RadarPlot) chart.getPlot();
        double phone = 390.0 / RadarChart.SIZE; // the picture fills the width of a 390 px screen
        assertThat(plot.getLabelFont().getSize2D() * phone).as("label size in CSS px on the phone").isGreaterThanOrEqualTo(15);
        // the plot clips its drawing to its own area, inside the picture: "Planificación" ran past it and lost its last letters
        assertThat(plot.labelBounds()).hasSize(6).allSatisfy(box -> {
            assertThat(box.getMinX()).isGreaterThanOrEqualTo(plot.plotArea().getMinX());
            assertThat(box.getMaxX()).isLessThanOrEqualTo(plot.plotArea().getMaxX());
            assertThat(box.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxY()).isLessThanOrEqualTo(RadarChart.SIZE);
        });
    }

    @Test
    void drawsTheAveragesOnTheOneToFiveScaleOfTheLevels() {
        JFreeChart chart = RadarChart.chart("t", AREAS, List.of(0.0, 1.0, 2.0, 3.0, 4.0, 2.5), null, Locale.ENGLISH);
        RadarPlot plot = (RadarPlot) chart.getPlot();
        assertThat(plot.getMaxValue()).isEqualTo(5.0);
        assertThat(plot.getDataset().getColumnKeys()).map(String::valueOf)
                .containsExactly("Liderazgo\n1.0", "Planificación\n2.0", "Personas\n3.0", "Inteligencia\n4.0",
                        "Procesos\n5.0", "Resultados\n3.5");
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isEqualTo(1.0);
    }

    @Test
    void drawsTheCompanyShapeInItsColour() throws IOException {
        BufferedImage empty = ImageIO.read(new ByteArrayInputStream(
                RadarChart.png("t", AREAS, List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), Locale.ENGLISH)));
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(
                RadarChart.png("t", AREAS, List.of(4.0, 4.0, 4.0, 4.0, 4.0, 4.0), Locale.ENGLISH)));
        assertThat(greenish(full)).isGreaterThan(greenish(empty) + 50_000);
    }

    private static int greenish(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (g > r + 30 && g > b) {
                    count++;
                }
            }
        }
        return count;
    }
}
