package vn.thidua.eligibility.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.eligibility.database.DatabaseOutage;

import java.io.IOException;

/**
 * A database outage met outside a controller (a security filter reading an account, …) is answered
 * 503 with {@code Retry-After} in the API's error shape, like one met inside, instead of the
 * container's 500. First of all filters, so that it sees what any other lets through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ApiErrorWriter errors;

    DatabaseOutageFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            errors.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        }
    }
}
