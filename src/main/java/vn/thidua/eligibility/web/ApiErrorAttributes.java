package vn.thidua.eligibility.web;

import jakarta.servlet.RequestDispatcher;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code /error}, where the servlet container sends what failed outside Spring MVC
 * (a filter's exception, a rejected URL, {@code sendError}): the same shape as every other error.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        HttpStatus resolved = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        HttpStatus status = resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
        ApiError error = status.is5xxServerError()
                ? ServerErrors.report(status, getError(request), String.valueOf(
                        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST)))
                : ApiError.of(status, status.getReasonPhrase());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", error.status());
        body.put("message", error.message());
        body.put("errors", List.of());
        return body;
    }
}
