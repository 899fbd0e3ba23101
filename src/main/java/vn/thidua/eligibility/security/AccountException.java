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

    static AccountException lastAdministrator(String username) {
        return new AccountException(HttpStatus.CONFLICT,
                "'" + username + "' is the last administrator with an enabled account: make another user ADMIN first");
    }
}
