package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.Evaluation;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.web.ApiError;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/facts/completeness}: what is missing before a run of a year. */
@RestController
class CompletenessController {

    private final FactCompleteness completeness;

    CompletenessController(FactCompleteness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/api/facts/completeness")
    @Operation(summary = "What is missing for evaluating a year: per unit and person, the facts of the year and the "
            + "year before, and the conditions each missing fact would leave undeterminable",
            description = "Units dissolved before the year began are not listed; people are listed under their unit "
                    + "on referenceDate (default: the last day of the year). factsOfYear false: a run of the year "
                    + "is refused with 422.")
    Completeness completeness(@RequestParam int year,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate referenceDate) {
        if (year < Evaluation.MIN_YEAR || year > Evaluation.MAX_YEAR) {
            throw new YearOutOfRange(year);
        }
        return completeness.of(year, referenceDate);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> outOfRange(YearOutOfRange e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "The completeness check was rejected",
                List.of(new ApiError.Detail("year", e.getMessage()))));
    }

    private static final class YearOutOfRange extends RuntimeException {
        YearOutOfRange(int year) {
            super(year + " is out of range " + Evaluation.MIN_YEAR + ".." + Evaluation.MAX_YEAR);
        }
    }
}
