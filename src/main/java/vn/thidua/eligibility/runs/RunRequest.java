package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.RunKind;

import java.time.LocalDate;

/**
 * What to evaluate: an {@link AnnualRunRequest} or a {@link PhaseRunRequest}, told apart in JSON by
 * {@code kind}. Each states its constraints as Bean Validation annotations, checked by the run
 * service for the API and the pages alike; {@code referenceDate} defaults to today and
 * {@code ruleSetVersion} to the active rule set. The fields of the other kind are carried only to be
 * refused by name when a request sends them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = AnnualRunRequest.class, name = "ANNUAL"),
        @JsonSubTypes.Type(value = PhaseRunRequest.class, name = "PHASE")})
@ConsistentRun
public sealed interface RunRequest permits AnnualRunRequest, PhaseRunRequest {
    int MIN_YEAR = Evaluation.MIN_YEAR;
    int MAX_YEAR = Evaluation.MAX_YEAR;
    int MAX_PHASE_YEARS = Evaluation.MAX_PHASE_YEARS;
    /** The messages of the constraints are keys of the message bundle: see {@link RunProblems}. */
    String OUT_OF_RANGE = "{run.problem.yearOutOfRange}";

    RunKind kind();

    Integer year();

    Integer fromYear();

    Integer toYear();

    Integer quota();

    LocalDate referenceDate();

    Integer ruleSetVersion();

    static RunRequest annual(int year, LocalDate referenceDate) {
        return new AnnualRunRequest(year, referenceDate, null, null, null, null);
    }
}
