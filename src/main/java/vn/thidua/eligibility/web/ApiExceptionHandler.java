package vn.thidua.eligibility.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thidua.eligibility.database.DatabaseOutage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Answers every exception that reaches the web layer with an RFC 9457 problem ({@link ApiError#toProblem()}). Spring MVC's own
 * exceptions keep the status and headers Spring gives them (405 with {@code Allow}, 415 with
 * {@code Accept}, …); only the body is ours. Lowest precedence, so that handlers of the modules win.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final String INVALID_REQUEST = "The request is not valid";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, invalid(status, bindingErrors(ex.getBindingResult())), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<ApiError.Detail> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bound) {
                errors.addAll(bindingErrors(bound));
            } else {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new ApiError.Detail(name, error.getDefaultMessage()));
                }
            }
        }
        for (MessageSourceResolvable error : ex.getCrossParameterValidationResults()) {
            errors.add(new ApiError.Detail("", error.getDefaultMessage()));
        }
        return handleExceptionInternal(ex, invalid(status, errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ApiError error = new ApiError(status.value(), "The request body could not be read", List.of(UnreadableBody.describe(ex)));
        return handleExceptionInternal(ex, error, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "a valid value" : ValueTexts.expected(ex.getRequiredType());
        String message = "expected " + expected + ", got " + ValueTexts.shown(ex.getValue());
        return handleExceptionInternal(ex, invalid(status, List.of(new ApiError.Detail(ex.getPropertyName(), message))),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, invalid(status, List.of(new ApiError.Detail(ex.getParameterName(), "is required"))),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(status, request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(status, request), headers, status, request);
    }

    /** Every answer of the base class passes here: whatever body it meant to send becomes an {@link ApiError}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ApiError error;
        if (status.is5xxServerError()) {
            error = ServerErrors.report(status, ex, describe(request));
        } else if (body instanceof ApiError given) {
            error = given;
        } else {
            error = ApiError.of(status, detail(ex, body, status));
        }
        return super.handleExceptionInternal(ex, error.toProblem(), headers, status, request);
    }

    /**
     * Denials raised inside a controller (method security) are Spring Security's to answer with 401 or
     * 403; rethrown, they travel on to its filter instead of becoming a 500 below.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityDenial(RuntimeException ex) {
        throw ex;
    }

    /**
     * Tomcat could not split a multipart body: no boundary in the Content-Type, or parts that do not end.
     * Spring parses multipart bodies before it even picks a handler, so every POST meets this, not only uploads.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex, WebRequest request) {
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE));
        String problem = type.toLowerCase(Locale.ROOT).contains("boundary=")
                ? "the multipart body could not be split into its parts at the boundary the Content-Type gives"
                : "the Content-Type " + ValueTexts.shown(type) + " has no boundary parameter: a multipart body cannot be read without one";
        return ResponseEntity.badRequest().body(new ApiError(400, "The request body could not be read",
                List.of(new ApiError.Detail("", problem))).toProblem());
    }

    /**
     * A parameter refused by method validation on a controller marked {@code @Validated}, which runs
     * around the call (Spring MVC's own validation, {@link #handleHandlerMethodValidationException}, is
     * then skipped): the path names the parameter, as for the other binding errors.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException ex) {
        List<ApiError.Detail> errors = ex.getConstraintViolations().stream()
                .map(v -> new ApiError.Detail(parameterName(v.getPropertyPath()), v.getMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, errors).toProblem());
    }

    /** {@code list.limit} (method, parameter) → {@code limit}. */
    private static String parameterName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    /** A module's refusal: its kind decides the status ({@link Refusal#status}). */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        HttpStatus status = Refusal.status(refusal.kind());
        return ResponseEntity.status(status).body(new ApiError(status.value(), refusal.getMessage(), refusal.errors()).toProblem());
    }

    /** Anything else: a 500 that says nothing about the internals, unless the exception declares its status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
        if (DatabaseOutage.causedBy(ex)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE).toProblem());
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        if (declared != null && !declared.code().is5xxServerError()) {
            String reason = declared.reason().isEmpty() ? declared.code().getReasonPhrase() : declared.reason();
            return ResponseEntity.status(declared.code()).body(ApiError.of(declared.code(), reason).toProblem());
        }
        HttpStatus status = declared != null ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).body(ServerErrors.report(status, ex, describe(request)).toProblem());
    }

    private static ApiError invalid(HttpStatusCode status, List<ApiError.Detail> errors) {
        List<ApiError.Detail> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(ApiError.Detail::path).thenComparing(ApiError.Detail::message));
        return new ApiError(status.value(), INVALID_REQUEST, sorted);
    }

    private static List<ApiError.Detail> bindingErrors(Errors result) {
        List<ApiError.Detail> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new ApiError.Detail(error.getField(), error.getDefaultMessage()));
        }
        result.getGlobalErrors().forEach(error -> errors.add(new ApiError.Detail("", error.getDefaultMessage())));
        return errors;
    }

    private static ApiError notFound(HttpStatusCode status, WebRequest request) {
        return ApiError.of(status, "Not found: " + describe(request));
    }

    /** Spring's own detail texts are written for callers (e.g. "Method 'DELETE' is not supported."). */
    private String detail(Exception ex, Object body, HttpStatusCode status) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof ErrorResponse response ? response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale())
                : null;
        if (problem != null && problem.getDetail() != null) {
            return problem.getDetail();
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Request failed";
    }

    private static String describe(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getHttpMethod() + " " + servlet.getRequest().getRequestURI();
        }
        return request.getDescription(false);
    }
}
