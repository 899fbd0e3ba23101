package vn.thidua.eligibility.web;

import org.springframework.http.HttpStatusCode;

import java.util.List;

/**
 * The one shape of every error the API answers, whichever module raised it:
 * {@code {"status":400,"message":"...","errors":[{"path":"criteria[12].score","message":"..."}]}}.
 *
 * @param errors every problem found, each with where it is: a JSON path into the body, the name of a
 *               request parameter or path variable, or {@code ""} for the request as a whole
 */
public record ApiError(int status, String message, List<Detail> errors) {

    public ApiError {
        errors = List.copyOf(errors);
    }

    public static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(status.value(), message, List.of());
    }

    public record Detail(String path, String message) {
    }
}
