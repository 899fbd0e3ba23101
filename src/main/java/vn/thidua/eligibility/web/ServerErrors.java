package vn.thidua.eligibility.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.UUID;

/**
 * A server-side failure is told to the caller only by a reference; the stack trace goes to the log
 * under that reference, so support can find it and the caller learns nothing about the internals.
 */
final class ServerErrors {

    private static final Logger log = LoggerFactory.getLogger(ServerErrors.class);

    private ServerErrors() {
    }

    static ApiError report(HttpStatusCode status, Throwable failure, String request) {
        String id = UUID.randomUUID().toString();
        log.error("Error {} answering {} with {}", id, request, status.value(), failure);
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known != null ? known.getReasonPhrase() : "Server error";
        return ApiError.of(status, reason + "; error id " + id);
    }
}
