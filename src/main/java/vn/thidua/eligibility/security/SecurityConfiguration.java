package vn.thidua.eligibility.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Three filter chains: {@code /api/**} and {@code /actuator/**} (HTTP Basic or a
 * bearer access token, stateless, no CSRF since no browser session carries the credentials), and
 * the pages, with form login, a session and CSRF; a bearer token opens no page. Logins of both kinds pass {@link ThrottledAuthentication}; a user with
 * a generated password meets the {@link PasswordChangeGate} first. Scheduling is for
 * {@link LoginThrottle#releaseExpired()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String STAFF = Role.STAFF.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String SESSION_COOKIE = "JSESSIONID";
    /**
     * The pages load scripts, style sheets and images from the service itself only (CodeMirror comes
     * from a WebJar); the meters set widths in {@code style} attributes, hence style-src-attr. No
     * plugin, no framing, forms post back to the service only.
     */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * Swagger UI, the API's open documentation page: as the pages, except that its bundle inserts
     * {@code <style>} elements while it renders, so inline styles (never scripts) are allowed there.
     */
    private static final String DOCS_POLICY = PAGE_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    /** JSON and files: nothing in them is ever to run or load anything. */
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** First match wins: the users rule must come before the one that lets every role read. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonSecurityErrors errors, UserManagement users, ApiTokenService tokens)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // every user changes their own password and keeps their own access tokens
                        .requestMatchers(HttpMethod.POST, PasswordChangeGate.API_CHANGE).authenticated()
                        .requestMatchers(ApiTokenController.OWN, ApiTokenController.OWN + "/*").authenticated()
                        .requestMatchers("/api/users/**").hasRole(ADMIN)
                        .requestMatchers("/api/audit/**").hasAnyRole(ADMIN, AUDITOR)
                        // the legal coverage of a rule set is for those who answer for the rules: not STAFF
                        .requestMatchers(HttpMethod.GET, "/api/rulesets/*/coverage").hasAnyRole(ADMIN, AUDITOR)
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
                .headers(headers -> headers(headers, API_POLICY))
                .addFilterBefore(BearerTokens.filter(tokens, errors), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(users, errors), AuthorizationFilter.class)
                .build();
    }

    /** Health and info for monitoring tools: like the API, HTTP Basic or a token without a session; health is open. */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, JsonSecurityErrors errors, ApiTokenService tokens) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers(headers, API_POLICY))
                .addFilterBefore(BearerTokens.filter(tokens, errors), BasicAuthenticationFilter.class)
                .build();
    }

    /** The API's documentation page and its description: open, without a session, with their own policy. */
    @Bean
    @Order(3)
    SecurityFilterChain docsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers(headers, DOCS_POLICY))
                .build();
    }

    /**
     * The pages: form login with a session (its length is {@code server.servlet.session.timeout}) and
     * CSRF tokens on every form. Every role reads the other pages; the rule editor and the users
     * pages are for ADMIN, the audit log for ADMIN and AUDITOR; only the forms that change facts,
     * start runs or compile a proposal list are for STAFF and ADMIN, and what is not listed is for ADMIN.
     * {@code /error} is open: the container forwards failures there without the caller's credentials.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain pageSecurity(HttpSecurity http, UserManagement users, JsonSecurityErrors errors) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/login", LoginFailures.LOCKED_PAGE, "/css/**", "/js/confirm.js", "/favicon.svg").permitAll()
                        // every user changes their own password
                        .requestMatchers(PasswordChangeGate.PAGE_CHANGE).authenticated()
                        // and keeps their own access tokens
                        .requestMatchers("/tokens", "/tokens/*/revoke").authenticated()
                        .requestMatchers(HttpMethod.GET, "/help", "/help/**").authenticated() // the user guide, for every role
                        // administration: the rule editor and the users for ADMIN, the audit log for AUDITOR too
                        .requestMatchers("/users/**", "/rulesets/*/edit").hasRole(ADMIN)
                        .requestMatchers("/audit/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/runs/*/replay").hasAnyRole(ADMIN, STAFF, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/facts/**", "/runs/**").hasAnyRole(ADMIN, STAFF)
                        // as in the API: the Office compiles the proposal list; the Council's review, the
                        // decision and a revocation fall to the last rule: ADMIN
                        .requestMatchers(HttpMethod.POST, "/proposals", "/proposals/*/entries",
                                "/proposals/*/entries/*/*/note", "/proposals/*/submit").hasAnyRole(ADMIN, STAFF)
                        .anyRequest().hasRole(ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").failureHandler(new LoginFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE))
                // a request still carrying an expired session's cookie is told why it must log in again
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .headers(headers -> headers(headers, PAGE_POLICY))
                .addFilterBefore(new PasswordChangeGate(users, errors), AuthorizationFilter.class)
                .build();
    }

    /** Spring Security's defaults (nosniff, no framing, HSTS over HTTPS, no caching) and these. */
    private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
