package vn.thidua.eligibility.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.database.DatabaseOutage;
import vn.thidua.eligibility.web.ApiErrorWriter;

import java.io.IOException;

/**
 * 401, 403 and 429 in the API's error shape. The 401 of a login says the same whatever went wrong
 * (unknown user, wrong password, disabled account), so that it tells nobody which accounts exist; so
 * does the 429, which names without an account get too. The 401 of a bearer token says why it was
 * refused (expired, revoked, …): only its holder can present it.
 */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "cchc-eligibility";

    private final ApiErrorWriter errors;

    JsonSecurityErrors(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins with this username: try again in "
                    + throttled.retryAfterSeconds() + " s, or ask an administrator to unlock the account");
            return;
        }
        if (DatabaseOutage.causedBy(failure)) { // the account could not be read: not the caller's fault
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
            return;
        }
        if (failure instanceof InvalidApiTokenException refused) {
            // RFC 6750: the client learns that this token, not its whole way of calling, is at fault
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, refused.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required: HTTP Basic with a valid username and password,"
                + " or Authorization: Bearer with an access token (POST /api/tokens)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    /** What {@link PasswordChangeGate} answers on the API to a user whose password was generated. */
    void passwordChangeRequired(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Change your generated password first: POST " + PasswordChangeGate.API_CHANGE
                + " with {\"currentPassword\": …, \"newPassword\": …}");
    }

    /** What {@link PasswordChangeGate} answers on the API to a session whose account was disabled since. */
    void accountDisabled(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(response, HttpStatus.UNAUTHORIZED, "This account has been disabled: ask an administrator");
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        errors.write(response, status, message);
    }
}
