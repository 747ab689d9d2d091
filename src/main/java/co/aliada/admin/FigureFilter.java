package co.aliada.admin;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Which part of the data the figures cover: a date range (days in Colombia's time zone, both ends
 * included) and optionally one sector and one municipality. Unset parts do not filter.
 */
record FigureFilter(LocalDate from, LocalDate to, String sector, String municipality) {

    static final ZoneId ZONE = ZoneId.of("America/Bogota");
    static final FigureFilter ALL = new FigureFilter(null, null, null, null);

    FigureFilter {
        sector = blankToNull(sector);
        municipality = blankToNull(municipality);
    }

    /** From request parameters; a date that does not parse is ignored rather than refused. */
    static FigureFilter of(String from, String to, String sector, String municipality) {
        return new FigureFilter(date(from), date(to), sector, municipality);
    }

    boolean covers(Instant at) {
        if (at == null) {
            return from == null && to == null;
        }
        LocalDate day = at.atZone(ZONE).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean coversCompany(String companySector, String companyMunicipality) {
        return (sector == null || sector.equals(companySector))
                && (municipality == null || key(municipality).equals(key(companyMunicipality)));
    }

    /** Municipalities are typed by people: "Popayán", "popayan " and "POPAYAN" are one place. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
