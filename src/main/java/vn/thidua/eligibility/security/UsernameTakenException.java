package vn.thidua.eligibility.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as 409 by the API's global error handler, which reads status and detail from here. */
public class UsernameTakenException extends ErrorResponseException {

    UsernameTakenException(String username, Throwable cause) {
        super(HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The username '" + username + "' is already taken"),
                cause);
    }
}
