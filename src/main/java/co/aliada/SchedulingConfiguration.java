package co.aliada;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling is switched on once, here, for every feature's {@code @Scheduled} job (retention sweep,
 * case reminders); they share the auto-configured task scheduler, which shuts down with the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
