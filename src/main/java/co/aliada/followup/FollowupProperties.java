package co.aliada.followup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-up settings.
 *
 * @param after         how long after a recommendation the person is asked whether they reached the institution
 *                      (and again as long after a "todavía no")
 * @param reassessAfter how long after a self-check the person is invited to take it again
 * @param check         how often the schedule is looked at
 */
@ConfigurationProperties("aliada.followup")
record FollowupProperties(
        @DefaultValue("30d") Duration after,
        @DefaultValue("180d") Duration reassessAfter,
        @DefaultValue("1m") Duration check) {
}
