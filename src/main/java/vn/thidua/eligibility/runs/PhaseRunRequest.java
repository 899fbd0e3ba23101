package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/** The province's Bằng khen for the phase {@code fromYear..toYear}, within the quota it allots this time. */
public record PhaseRunRequest(
        @NotNull(message = "{run.problem.phaseRequired}")
        @Min(value = MIN_YEAR, message = OUT_OF_RANGE) @Max(value = MAX_YEAR, message = OUT_OF_RANGE) Integer fromYear,
        @NotNull(message = "{run.problem.phaseRequired}")
        @Min(value = MIN_YEAR, message = OUT_OF_RANGE) @Max(value = MAX_YEAR, message = OUT_OF_RANGE) Integer toYear,
        @NotNull(message = "{run.problem.quotaRequired}")
        @PositiveOrZero(message = "{run.problem.quotaNegative}") Integer quota,
        LocalDate referenceDate,
        @Positive(message = "{run.problem.version}") Integer ruleSetVersion,
        @Null(message = "{run.problem.unusedByPhase}") Integer year)
        implements RunRequest {

    @Override
    @JsonIgnore
    public RunKind kind() {
        return RunKind.PHASE;
    }
}
