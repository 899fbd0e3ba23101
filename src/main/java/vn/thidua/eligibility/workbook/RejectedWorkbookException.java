package vn.thidua.eligibility.workbook;

import java.util.List;

/** A workbook refused as a whole, with every problem found in it. Nothing of it is stored. */
public class RejectedWorkbookException extends RuntimeException {
    private final List<WorkbookProblem> problems;

    public RejectedWorkbookException(List<WorkbookProblem> problems) {
        super("The workbook was rejected: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
