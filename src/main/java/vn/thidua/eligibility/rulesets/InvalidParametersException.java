package vn.thidua.eligibility.rulesets;

import java.util.List;
import java.util.stream.Collectors;

/** parameters.yaml cannot be used; every problem is listed with its line. */
public class InvalidParametersException extends RuntimeException {
    private final transient List<ParameterProblem> problems;

    public InvalidParametersException(List<ParameterProblem> problems) {
        super("Invalid rule parameters:\n" + problems.stream().map(ParameterProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
