package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/** The Giấy khen of one evaluated year. */
public record AnnualRunRequest(
        @NotNull(message = "{run.problem.annualRequired}")
        @Min(value = MIN_YEAR, message = OUT_OF_RANGE) @Max(value = MAX_YEAR, message = OUT_OF_RANGE) Integer year,
        LocalDate referenceDate,
        @Positive(message = "{run.problem.version}") Integer ruleSetVersion,
        @Null(message = UNUSED) Integer fromYear,
        @Null(message = UNUSED) Integer toYear,
        @Null(message = UNUSED) Integer quota) implements RunRequest {
    private static final String UNUSED = "{run.problem.unusedByAnnual}";

    @Override
    @JsonIgnore
    public RunKind kind() {
        return RunKind.ANNUAL;
    }
}
