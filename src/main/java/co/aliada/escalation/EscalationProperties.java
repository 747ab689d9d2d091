package co.aliada.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Escalation settings. The consultants' chat itself comes from the channel that hosts it ({@link ConsultantsDesk}).
 *
 * @param zone             the office's time zone, for hours, the card and the transcript
 * @param officeDays       the days consultants answer
 * @param opens            when the office opens on those days
 * @param closes           when it closes
 * @param remindAfter      how long a case may wait untaken before the group is reminded (and again after as long)
 * @param consultantsLang  the language of the card and of every message to the consultants' chat
 * @param casesPerDay      cases one chat may open in 24 hours (each one sends a card and a transcript)
 * @param webCasesPerHour  web-chat cases released to the consultants' group an hour, all web chats together
 * @param reopenWithin     how long after a consultant closes a case its person may reopen it
 * @param remindMax        the longest wait between two reminders of one untaken case: each waits twice the last
 *                         ({@code remindAfter}, then twice it…), up to this; reminders go only in office hours
 */
@ConfigurationProperties("aliada.escalation")
public record EscalationProperties(
        @DefaultValue("America/Bogota") ZoneId zone,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) List<DayOfWeek> officeDays,
        @DefaultValue("08:00") LocalTime opens,
        @DefaultValue("17:00") LocalTime closes,
        @DefaultValue("30m") Duration remindAfter,
        @DefaultValue("es") String consultantsLang,
        @DefaultValue("3") int casesPerDay,
        @DefaultValue("6") int webCasesPerHour,
        @DefaultValue("72h") Duration reopenWithin,
        @DefaultValue("4h") Duration remindMax) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public EscalationProperties {
    }

    /** The office settings alone, with the default limits on cases. */
    public EscalationProperties(ZoneId zone, List<DayOfWeek> officeDays, LocalTime opens, LocalTime closes,
                                Duration remindAfter, String consultantsLang) {
        this(zone, officeDays, opens, closes, remindAfter, consultantsLang, 3, 6, Duration.ofHours(72), Duration.ofHours(4));
    }

    /** The defaults, for use without Spring. */
    static EscalationProperties defaults() {
        return new EscalationProperties(ZoneId.of("America/Bogota"),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(17, 0), Duration.ofMinutes(30), "es", 3, 6, Duration.ofHours(72),
                Duration.ofHours(4));
    }
}
