package co.aliada.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security at the edge: HTTP basic for the {@code /admin} dashboard (user {@code admin}, password
 * {@code aliada.admin.dashboard-password}; unset, the dashboard is off and answers 404), and its standard
 * headers ({@code nosniff}, {@code X-Frame-Options: DENY}) on every response. Everything else stays open,
 * as the API promises; there is no login session and no cookie that authenticates, hence no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // no HTTP, nothing to secure (terminal chat, tests)
class EdgeSecurity {

    static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain edge(HttpSecurity http, @Value("${aliada.admin.dashboard-password:}") String password)
            throws Exception {
        boolean dashboard = !password.isBlank();
        http.authorizeHttpRequests(rules -> {
                    if (dashboard) {
                        rules.requestMatchers("/admin", "/admin/**").hasRole("ADMIN");
                    }
                    rules.anyRequest().permitAll();
                })
                .httpBasic(basic -> basic.realmName("Aliada admin"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()).frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    UserDetailsService dashboardUsers(@Value("${aliada.admin.dashboard-password:}") String password) {
        if (password.isBlank()) {
            return new InMemoryUserDetailsManager();
        }
        // its length is checked where the setting is bound (AdminProperties), which stops the start before this
        return new InMemoryUserDetailsManager(User.withUsername(ADMIN).password(Sha256.hex(password)).roles("ADMIN").build());
    }

    /** The password is kept as its SHA-256 and compared in constant time, so timing tells nothing. */
    @Bean
    PasswordEncoder dashboardPasswords() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return Sha256.hex(raw.toString());
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoded != null && MessageDigest.isEqual(Sha256.hex(raw.toString()).getBytes(StandardCharsets.US_ASCII),
                        encoded.getBytes(StandardCharsets.US_ASCII));
            }
        };
    }
}
