package vn.thidua.eligibility.proposals;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.eligibility.web.ApiError;

/** The proposal and report endpoints' errors, in the one shape. */
@RestControllerAdvice(assignableTypes = {ProposalController.class, ReportController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ProposalErrors {

    @ExceptionHandler(InvalidProposalRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidProposalRequestException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "The request was rejected", e.details()));
    }

    @ExceptionHandler(ProposalNotFoundException.class)
    ResponseEntity<ApiError> notFound(ProposalNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ProposalConflictException.class)
    ResponseEntity<ApiError> conflict(ProposalConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Two requests changed the same proposal at once: the later one changed nothing. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DbActionExecutionException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        if (e instanceof DbActionExecutionException && !(e.getCause() instanceof OptimisticLockingFailureException)) {
            throw e;
        }
        return answer(HttpStatus.CONFLICT, "The proposal was changed by another request meanwhile; read it again");
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, message));
    }
}
