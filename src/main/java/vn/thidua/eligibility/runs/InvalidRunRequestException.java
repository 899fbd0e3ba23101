package vn.thidua.eligibility.runs;

import java.util.List;

/** The run request is incomplete or inconsistent; every problem is listed as "field: message". */
public class InvalidRunRequestException extends RuntimeException {
    private final transient List<String> problems;

    InvalidRunRequestException(List<String> problems) {
        super("Invalid run request: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
