package vn.thidua.eligibility.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A failed form login: as usual back to {@code /login?error}, but a locked name gets 429 with
 * Retry-After and the login page saying how long to wait ({@code /login/locked} reads the header).
 */
final class LoginFailures implements AuthenticationFailureHandler {

    static final String LOCKED_PAGE = "/login/locked";

    private final AuthenticationFailureHandler others = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.getRequestDispatcher(LOCKED_PAGE).forward(request, response);
        } else {
            others.onAuthenticationFailure(request, response, failure);
        }
    }
}
