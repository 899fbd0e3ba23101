package vn.thidua.eligibility.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change to an account that cannot be made; the API's error handler answers with its status and detail. */
public class AccountException extends ErrorResponseException {

    private AccountException(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    static AccountException notFound(String username) {
        return new AccountException(HttpStatus.NOT_FOUND, "No user named '" + username + "'");
    }

    static AccountException ownAccount(String username) {
        return new AccountException(HttpStatus.CONFLICT,
                "'" + username + "' is your own account: another administrator must disable it");
    }

    static AccountException tokenNotFound(String username, long id) {
        return new AccountException(HttpStatus.NOT_FOUND, "'" + username + "' has no access token " + id);
    }

    /**
     * Only a password creates a token: a leaked token cannot renew itself, and a page session left
     * open cannot turn into weeks of access without the password.
     */
    static AccountException tokenNeedsPassword() {
        return new AccountException(HttpStatus.FORBIDDEN,
                "An access token is created with your password (HTTP Basic), not with another token");
    }

    static AccountException tooManyTokens(int max) {
        return new AccountException(HttpStatus.CONFLICT,
                "You hold " + max + " active access tokens, the most an account may: revoke one you no longer use first");
    }

    static AccountException disabled(String username) {
        return new AccountException(HttpStatus.CONFLICT, "The account '" + username + "' is disabled");
    }

    static AccountException lastAdministrator(String username) {
        return new AccountException(HttpStatus.CONFLICT,
                "'" + username + "' is the last administrator with an enabled account: make another user ADMIN first");
    }
}
