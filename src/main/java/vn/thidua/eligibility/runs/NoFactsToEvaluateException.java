package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.facts.Completeness;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * A run of a year (or a phase) without any fact of its own would decide every subject on nothing: it
 * is refused as unprocessable, with what is missing: the problem first, then for an annual run each
 * missing fact of each unit and person ({@link #completeness()}), its path the subject
 * ({@code UNIT:VP}, {@code PERSON:NV001}).
 */
public class NoFactsToEvaluateException extends InvalidRunRequestException {
    private final transient Completeness completeness;

    NoFactsToEvaluateException(ApiError.Detail problem, Completeness completeness) {
        super(Kind.UNPROCESSABLE, "The run was refused: there are no facts to evaluate", details(problem, completeness));
        this.completeness = completeness;
    }

    private static List<ApiError.Detail> details(ApiError.Detail problem, Completeness completeness) {
        List<ApiError.Detail> errors = new ArrayList<>();
        errors.add(problem);
        if (completeness != null) {
            completeness.incomplete().forEach(unit -> {
                unit.missing().forEach(m -> errors.add(new ApiError.Detail("UNIT:" + unit.code(), unit.name() + ": " + m.message())));
                unit.people().forEach(p -> p.missing().forEach(m -> errors.add(
                        new ApiError.Detail("PERSON:" + p.code(), p.fullName() + " (" + unit.code() + "): " + m.message()))));
            });
        }
        return errors;
    }

    static NoFactsToEvaluateException annual(Completeness completeness) {
        int year = completeness.year();
        return new NoFactsToEvaluateException(ApiError.Detail.of("year", Text.of("run.problem.noFacts", year)), completeness);
    }

    static NoFactsToEvaluateException phase(int fromYear, int toYear) {
        return new NoFactsToEvaluateException(ApiError.Detail.of("fromYear", Text.of("run.problem.noPhaseFacts", fromYear, toYear)),
                null);
    }

    /** The problem only: a page lists what is missing per unit and person below it, in its own words. */
    @Override
    public List<String> problems(Locale locale) {
        return super.problems(locale).subList(0, 1);
    }

    /** What is missing per unit and person, for an annual run. */
    public Optional<Completeness> completeness() {
        return Optional.ofNullable(completeness);
    }
}
