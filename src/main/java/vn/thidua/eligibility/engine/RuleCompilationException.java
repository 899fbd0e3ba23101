package vn.thidua.eligibility.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files do not build; every problem found is listed. */
public class RuleCompilationException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("The rule set does not compile:\n" + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
