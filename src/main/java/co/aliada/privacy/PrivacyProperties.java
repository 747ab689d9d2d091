package co.aliada.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal-data settings.
 *
 * @param retention  how long a chat may stay inactive before everything about it is erased
 * @param sweepCron  when the daily retention sweep runs (server time)
 */
@ConfigurationProperties("aliada.privacy")
record PrivacyProperties(@DefaultValue("365d") Duration retention,
                         @DefaultValue("0 30 3 * * *") String sweepCron) {
}
