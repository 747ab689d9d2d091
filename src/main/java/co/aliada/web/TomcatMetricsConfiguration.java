package co.aliada.web;

import java.util.Collections;

import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.tomcat.TomcatMetrics;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.metrics.TomcatMetricsBinder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's metrics as Spring Boot binds them, without the JVM's platform MBean server. Micrometer's binder
 * reads Tomcat's request and thread MBeans from it, but Tomcat registers none unless
 * {@code server.tomcat.mbeanregistry.enabled} is set; building that server registers every platform MXBean
 * on the start's critical path only to find nothing. The sessions come from Tomcat's manager either way.
 */
@Configuration(proxyBeanMethods = false)
class TomcatMetricsConfiguration {

    @Bean
    TomcatMetricsBinder tomcatMetricsBinder(MeterRegistry registry,
            @Value("${server.tomcat.mbeanregistry.enabled:false}") boolean mbeanRegistry) {
        return new Binder(registry, mbeanRegistry);
    }

    private static final class Binder extends TomcatMetricsBinder {

        private final MeterRegistry registry;
        private final boolean mbeanRegistry;
        private volatile TomcatMetrics metrics;

        Binder(MeterRegistry registry, boolean mbeanRegistry) {
            super(registry);
            this.registry = registry;
            this.mbeanRegistry = mbeanRegistry;
        }

        @Override
        public void onApplicationEvent(ApplicationStartedEvent event) {
            // with Tomcat's registry on, its MBeans are in the platform server: read them there, as Boot does
            MBeanServer server = mbeanRegistry ? TomcatMetrics.getMBeanServer() : MBeanServerFactory.newMBeanServer();
            TomcatMetrics bound = new TomcatMetrics(manager(event), Collections.emptyList(), server);
            bound.bindTo(registry);
            metrics = bound;
        }

        private static Manager manager(ApplicationStartedEvent event) {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web
                    && web.getWebServer() instanceof TomcatWebServer tomcat) {
                for (Container child : tomcat.getTomcat().getHost().findChildren()) {
                    if (child instanceof Context context) {
                        return context.getManager();
                    }
                }
            }
            return null;
        }

        @Override
        public void destroy() {
            TomcatMetrics bound = metrics;
            if (bound != null) {
                bound.close();
            }
        }
    }
}
