package vn.thidua.eligibility.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.List;

/**
 * A session whose account was disabled since it began ends at its next request (HTTP Basic and
 * access tokens are refused by their own checks). Until a generated password is replaced, its owner may do nothing but replace it: the API answers
 * 403 saying so, the pages send them to the change page. Read from the database on each request,
 * so an open session is caught too. Not a bean, or Spring Boot would also run it outside the
 * security chains.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String API_CHANGE = "/api/users/me/password";
    static final String PAGE_CHANGE = "/password";
    /** What the change itself needs: the form, its style sheets, the logout. */
    private static final List<String> OPEN = List.of(API_CHANGE, PAGE_CHANGE, "/logout", "/login", "/error", "/favicon.svg");
    private static final List<String> OPEN_FOLDERS = List.of("/css/", "/js/", "/webjars/");

    private final UserManagement users;
    private final JsonSecurityErrors errors;

    PasswordChangeGate(UserManagement users, JsonSecurityErrors errors) {
        this.users = users;
        this.errors = errors;
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean open = OPEN.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
        boolean anonymous = caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken;
        if (caller instanceof ApiTokenAuthentication) {
            // its check read the account in this very request, and refused a disabled one or a due change
            chain.doFilter(request, response);
        } else if (!anonymous && users.disabled(caller.getName())) {
            endSession(request);
            if (path.startsWith("/api/")) {
                errors.accountDisabled(response);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
        } else if (open || anonymous || !users.passwordChangeRequired(caller.getName())) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            errors.passwordChangeRequired(response);
        } else {
            response.sendRedirect(request.getContextPath() + PAGE_CHANGE);
        }
    }
}
