package co.aliada.selfcheck;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

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
