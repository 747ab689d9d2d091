package co.aliada.web;

import java.time.Clock;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The filters of the public edge, in order: body size (before anything reads a body), security headers,
 * dashboard throttle, then Spring Security (-100), then the web chat's switch, rate limits and browser binding.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /** Tomcat's own refusals (an encoded slash in the path) in the API's JSON shape, not an HTML page. */
    @Bean
    JsonErrorReportValve.Install jsonErrorReports() {
        return new JsonErrorReportValve.Install();
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(WebProperties web) {
        return register(new BodyLimitFilter(web.maxBody().toBytes()), Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        return register(new SecurityHeaders(), Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Bean
    FilterRegistrationBean<DashboardThrottle> dashboardThrottle() {
        return register(new DashboardThrottle(), -110);
    }

    @Bean
    FilterRegistrationBean<WebOff> webOff(WebProperties web) {
        FilterRegistrationBean<WebOff> bean = register(new WebOff(), -60);
        bean.setEnabled(!web.enabled());
        return bean;
    }

    @Bean
    FilterRegistrationBean<ChatRateLimitFilter> chatRateLimit(WebProperties web) {
        FilterRegistrationBean<ChatRateLimitFilter> bean = register(new ChatRateLimitFilter(web), -50);
        bean.setEnabled(web.rateLimit() > 0);
        return bean;
    }

    @Bean
    FilterRegistrationBean<BrowserBinding> browserBinding(JdbcTemplate jdbc, Clock clock, MediaStore media) {
        return register(new BrowserBinding(jdbc, clock, media), -40);
    }

    private static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order) {
        FilterRegistrationBean<F> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(order);
        bean.addUrlPatterns("/*");
        return bean;
    }
}
