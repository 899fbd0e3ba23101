package vn.thidua.eligibility.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Locale;

/**
 * An error as a module states it: the status, what went wrong, and every problem found. The API
 * answers it as an RFC 9457 problem ({@link #toProblem()}), whichever module raised it:
 * {@code {"type":"about:blank","title":"Bad Request","status":400,"detail":"...","instance":"/api/facts",
 * "errors":[{"path":"criteria[12].score","message":"..."}]}}.
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

    /**
     * The problem document: {@code detail} says what went wrong, {@code errors} (an extension member)
     * lists each problem with its place; {@code instance}, the request's path, is filled in by Spring
     * MVC when a controller answers.
     */
    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), message);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * @param text the message by its key, when the module words it so: a page shows it in the page's
     *             language, the API answers {@code message} (its English), as it always did
     */
    public record Detail(String path, String message, @JsonIgnore Text text) {

        public Detail(String path, String message) {
            this(path, message, null);
        }

        public static Detail of(String path, Text text) {
            return new Detail(path, text.english(), text);
        }

        /** The message in the given language, if it has a key, else as it was given. */
        public String messageIn(Locale locale) {
            return text == null ? message : text.in(locale);
        }
    }
}
