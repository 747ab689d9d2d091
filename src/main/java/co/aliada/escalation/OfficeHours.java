package co.aliada.escalation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import co.aliada.conversation.Texts;

/** When consultants answer (Colombia time by default), and how to say it. */
final class OfficeHours {

    private final EscalationProperties props;
    private final Clock clock;

    OfficeHours(EscalationProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    boolean openNow() {
        return isOpen(now());
    }

    /** The next moment the office opens; now when it is open. */
    ZonedDateTime nextOpening() {
        ZonedDateTime at = now();
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime day = at.toLocalTime().isBefore(props.opens()) ? at : at.plusDays(1);
        for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
            if (props.officeDays().contains(day.getDayOfWeek())) {
                return day.with(props.opens()).withSecond(0).withNano(0);
            }
        }
        return at;
    }

    /** "lunes a viernes, de 08:00 a 17:00" in the given language. */
    String describe(Texts texts, String lang) {
        var days = props.officeDays();
        String range = days.isEmpty() ? "" : texts.get("escalation.days-range", lang,
                "first", dayName(days.get(0), lang), "last", dayName(days.get(days.size() - 1), lang));
        return texts.get("escalation.hours", lang, "days", range, "opens", props.opens(), "closes", props.closes());
    }

    /** The day and time of the next opening, such as "lunes 30 de noviembre, 08:00". */
    String describeNextOpening(Texts texts, String lang) {
        ZonedDateTime at = nextOpening();
        String day = DateTimeFormatter.ofPattern(texts.get("escalation.date-pattern", lang), locale(lang)).format(at);
        return texts.get("escalation.next-opening", lang, "day", day, "time", at.toLocalTime());
    }

    ZonedDateTime now() {
        return clock.instant().atZone(props.zone());
    }

    static Locale locale(String lang) {
        return Locale.forLanguageTag(Texts.ENGLISH.equals(lang) ? "en" : "es-CO");
    }

    private boolean isOpen(ZonedDateTime at) {
        return props.officeDays().contains(at.getDayOfWeek())
                && !at.toLocalTime().isBefore(props.opens()) && at.toLocalTime().isBefore(props.closes());
    }

    private static String dayName(java.time.DayOfWeek day, String lang) {
        return day.getDisplayName(TextStyle.FULL, locale(lang));
    }
}
