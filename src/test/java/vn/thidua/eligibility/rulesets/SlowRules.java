package vn.thidua.eligibility.rulesets;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Rules that pass every check and still never finish, and the facts that make them slow. */
final class SlowRules {
    private SlowRules() {
    }

    /** Every item against every other through a constraint on the list: allowed, quadratic, and never returning between firings. */
    static final String PAIRS = """
            package hostile;
            import vn.thidua.eligibility.model.*;
            rule "Từng cặp tiêu chí" @id("H.PAIRS") @legalBasis("none")
            when
                $a : Criterion()
                not Criterion(code.toLowerCase().length() < $a.code.toLowerCase().length() - 1000)
            then
                delete($a);
            end
            """;

    /** 30,000 items of 2024 under VP, as JSON array elements of a fact bundle's "criteria". */
    static String criteriaOfVp() {
        return IntStream.range(0, 30_000).mapToObj(i -> "{\"year\": 2024, \"code\": \"C." + i
                + "\", \"name\": \"Tiêu chí\", \"maxScore\": 1, \"score\": 1, \"unitCode\": \"VP\"}")
                .collect(Collectors.joining(","));
    }
}
