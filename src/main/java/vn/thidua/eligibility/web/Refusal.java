package vn.thidua.eligibility.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A request a module refuses, said in the module's terms: what kind of refusal, why, and every
 * problem with its place. The modules throw their own subclasses and never name an HTTP status;
 * {@link #status} maps each {@link Kind} to one, once, for the API ({@code ApiExceptionHandler}, an
 * RFC 9457 problem) and for the pages.
 */
public abstract class Refusal extends RuntimeException {

    /** The request itself is wrong; what it names does not exist; the state refuses it; its content cannot be used. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final transient List<ApiError.Detail> errors;

    protected Refusal(Kind kind, String message, List<ApiError.Detail> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    protected Refusal(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** Each problem by where it is (a field, a record, a file and line) and what it is. */
    public List<ApiError.Detail> errors() {
        return errors;
    }

    /** The one place a kind of refusal becomes an HTTP status. */
    public static HttpStatus status(Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
