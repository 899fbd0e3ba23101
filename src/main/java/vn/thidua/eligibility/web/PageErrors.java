package vn.thidua.eligibility.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/**
 * A failure on a page is answered with a page, not with the API's JSON: ordered before the API's
 * global handler, and only for the {@link PageController}s. A server failure shows a reference
 * only; the stack trace goes to the log under it.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(0)
class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        HttpStatusCode status = e instanceof Refusal refusal ? Refusal.status(refusal.kind())
                : e instanceof ErrorResponse known ? known.getStatusCode()
                // a value that does not convert, a body that is not the multipart the form sends, a field path
                // the form cannot hold (content[999999]): the request's fault
                : e instanceof TypeMismatchException || e instanceof MultipartException || e instanceof InvalidPropertyException
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        if (e instanceof ResponseStatusException refused && refused.getReason() != null) {
            page.addObject("reason", refused.getReason());
        }
        if (status.is5xxServerError()) {
            String id = UUID.randomUUID().toString();
            log.error("Error {} on a page", id, e);
            page.addObject("errorId", id);
        }
        return page;
    }
}
