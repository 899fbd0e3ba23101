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
        @NotNull(message = "required for a PHASE run")
        @Min(value = MIN_YEAR, message = OUT_OF_RANGE) @Max(value = MAX_YEAR, message = OUT_OF_RANGE) Integer fromYear,
        @NotNull(message = "required for a PHASE run")
        @Min(value = MIN_YEAR, message = OUT_OF_RANGE) @Max(value = MAX_YEAR, message = OUT_OF_RANGE) Integer toYear,
        @NotNull(message = "required for a PHASE run: the number of Bằng khen the province allots, 0 or more")
        @PositiveOrZero(message = "${validatedValue} is negative; the province allots 0 or more") Integer quota,
        LocalDate referenceDate,
        @Positive(message = "${validatedValue} is not a version number") Integer ruleSetVersion,
        @Null(message = "not used by this kind of run; a PHASE run takes fromYear and toYear") Integer year)
        implements RunRequest {

    @Override
    @JsonIgnore
    public RunKind kind() {
        return RunKind.PHASE;
    }
}
