/**
 * Cross-cutting API plumbing, nothing business-specific: the single JSON error shape
 * ({@link vn.thidua.eligibility.web.ApiError}) and the global handler that answers with it, the
 * shape of container-level errors ({@code /error}), and the OpenAPI description.
 * <p>
 * The global handler has the lowest precedence. A module that wants its own answers declares
 * {@code @ExceptionHandler} methods in its controller, or a {@code @RestControllerAdvice} with an
 * explicit {@code @Order} below {@link org.springframework.core.Ordered#LOWEST_PRECEDENCE}: an advice
 * left unordered ties with the global one, and which of the two wins is then left to chance.
 */
package vn.thidua.eligibility.web;
