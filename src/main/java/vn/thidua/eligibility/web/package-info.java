/**
 * Plumbing shared by every feature, nothing business-specific. For the API: the single JSON error
 * shape ({@link vn.thidua.eligibility.web.ApiError}) and the global handler that answers with it, the
 * shape of container-level errors ({@code /error}), and the OpenAPI description. For the pages, which
 * live in their features' packages: {@link vn.thidua.eligibility.web.PageController} (whose failures are
 * answered with the error page by {@code PageErrors}), the pages' language ({@code ?lang=en}, kept in a
 * cookie), and the {@code formats} and {@code labels} beans the templates call.
 * <p>
 * The global API handler has the lowest precedence. A module that wants its own answers declares
 * {@code @ExceptionHandler} methods in its controller, or a {@code @RestControllerAdvice} with an
 * explicit {@code @Order} below {@link org.springframework.core.Ordered#LOWEST_PRECEDENCE}: an advice
 * left unordered ties with the global one, and which of the two wins is then left to chance.
 */
package vn.thidua.eligibility.web;
