package vn.thidua.eligibility.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Two filter chains: {@code /api/**} (HTTP Basic, stateless, no CSRF since no
 * browser session carries the credentials) and everything else, which keeps CSRF and sessions for
 * the web pages to come with their form login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String STAFF = Role.STAFF.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** First match wins: the users rule must come before the one that lets every role read. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/users/**").hasRole(ADMIN)
                        .requestMatchers("/api/audit/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        // replaying changes nothing: auditors may check a run with it
                        .requestMatchers(HttpMethod.POST, "/api/runs/*/replay").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/facts/**", "/api/runs/**").hasAnyRole(ADMIN, STAFF)
                        // the Office compiles the proposal list; the Council's review, the decision and a
                        // revocation fall to the last rule: ADMIN
                        .requestMatchers(HttpMethod.POST, "/api/proposals", "/api/proposals/*/entries",
                                "/api/proposals/*/submit").hasAnyRole(ADMIN, STAFF)
                        .requestMatchers(HttpMethod.PUT, "/api/proposals/*/entries/*/*/note").hasAnyRole(ADMIN, STAFF)
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Health and the API's documentation are open; {@code /error} too, as the container forwards
     * failures there without the caller's credentials. The rest needs a login.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain defaultSecurity(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }
}
