package vn.thidua.eligibility.proposals;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.eligibility.web.ApiError;

/** Two requests that changed the same proposal at once, on the proposal and report endpoints: the later is a conflict. */
@RestControllerAdvice(assignableTypes = {ProposalController.class, ReportController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ProposalErrors {

    /** Two requests changed the same proposal at once: the later one changed nothing. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DbActionExecutionException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        if (e instanceof DbActionExecutionException && !(e.getCause() instanceof OptimisticLockingFailureException)) {
            throw e;
        }
        return answer(HttpStatus.CONFLICT, "The proposal was changed by another request meanwhile; read it again");
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, message).toProblem());
    }
}
