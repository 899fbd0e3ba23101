package vn.thidua.eligibility.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A request body's {@code Content-Type} must name one media type: {@code *}{@code /*} or
 * {@code application/*} says nothing about the body, and Spring, asked to read such a body, fails
 * with an assertion (a 500) instead of a 415. Refused here, before anything reads the body.
 */
@Component
class ConcreteContentType extends OncePerRequestFilter {
    private final ApiErrorWriter errors;

    ConcreteContentType(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && wildcard(type)) {
            errors.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + ValueTexts.shown(type)
                    + " is a wildcard; name the body's media type, e.g. application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean wildcard(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isWildcardType() || media.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false; // Spring answers an unreadable type with its own 415
        }
    }
}
