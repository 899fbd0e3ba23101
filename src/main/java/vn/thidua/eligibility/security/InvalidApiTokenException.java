package vn.thidua.eligibility.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token refused, saying why: whoever holds a token may learn that it expired or was
 * revoked, and a guess learns nothing from "unknown".
 */
final class InvalidApiTokenException extends AuthenticationException {

    InvalidApiTokenException(String message) {
        super(message);
    }
}
