package vn.thidua.eligibility.facts;

import org.springframework.http.HttpStatus;

/** A read of facts that cannot be answered: an unknown kind, a filter that does not apply. */
final class FactQueryException extends RuntimeException {
    private final HttpStatus status;

    FactQueryException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
