package co.aliada.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small catalogue folders written into a temporary directory, valid unless a test breaks them. */
public final class TestCatalogs {

    public static final String PILLARS = """
            pillars:
              - id: market-positioning
                name: {es: Posicionamiento en el mercado, en: Market Positioning}
                description: {es: Vender más., en: Sell more.}
            """;

    public static final String SERVICES = """
            services:
              - id: mp-market-entry
                pillar: market-positioning
                name: {es: Entrada a nuevos mercados, en: Market entry}
                description: {es: Un plan para exportar., en: A plan to export.}
                keywords:
                  es: [exportar, vender en ecuador]
                  en: [export]
              - id: mp-pricing
                pillar: market-positioning
                name: {es: Precios, en: Pricing}
                description: {es: Precios que venden., en: Prices that sell.}
                keywords:
                  es: [cuanto cobrar]
                  en: [how much to charge]
            """;

    public static final String INSTITUTIONS = """
            institutions:
              - id: unicauca
                name: Universidad del Cauca
                city: Popayán
                website: https://www.unicauca.edu.co
                contact: https://example.org/contacto-unicauca
                verified: false
                services: [mp-market-entry]
            """;

    private TestCatalogs() {
    }

    /** Writes a valid small catalogue; returns the folder. */
    public static Path small(Path dir) {
        write(dir, "pillars.yml", PILLARS);
        write(dir, "services/market-positioning.yml", SERVICES);
        write(dir, "institutions.yml", INSTITUTIONS);
        write(dir, "synonyms-es.txt", "exportar, vender afuera\n");
        return dir;
    }

    public static void write(Path dir, String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
