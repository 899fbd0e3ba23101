package vn.thidua.eligibility.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

import java.util.Locale;

/**
 * {@code Authorization: Bearer <token>} on the API (RFC 6750): Spring Security's
 * {@link AuthenticationFilter} with the token as the credential and {@link ApiTokenService} as the
 * check. A request without a bearer token passes on to HTTP Basic; a refused token is answered 401
 * at once, saying why. Nothing is kept between calls: no session, no cookie, so no CSRF to guard.
 */
final class BearerTokens {

    private static final String SCHEME = "bearer";

    private BearerTokens() {
    }

    /** Not a bean, or Spring Boot would also run it outside the security chains. */
    static AuthenticationFilter filter(ApiTokenService tokens, JsonSecurityErrors errors) {
        AuthenticationManager check = attempt -> {
            try {
                return tokens.authenticate(((ApiTokenAuthentication) attempt).secret());
            } catch (DataAccessException e) {
                // as a password check answers when the database is away: 503, not the caller's fault
                throw new InternalAuthenticationServiceException("The token cannot be checked", e);
            }
        };
        AuthenticationFilter filter = new AuthenticationFilter(check, BearerTokens::presented);
        // the three-argument handler does nothing, and the call goes on down the chain
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        AuthenticationEntryPointFailureHandler failure = new AuthenticationEntryPointFailureHandler(errors);
        failure.setRethrowAuthenticationServiceException(false); // an outage too is answered by JsonSecurityErrors: 503
        filter.setFailureHandler(failure);
        return filter;
    }

    /** The token presented, or null when the request uses another scheme or none. */
    private static ApiTokenAuthentication presented(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return null;
        }
        String token = space < 0 ? "" : trimmed.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw new InvalidApiTokenException("The Authorization header says Bearer but carries no token");
        }
        return ApiTokenAuthentication.presented(token);
    }
}
