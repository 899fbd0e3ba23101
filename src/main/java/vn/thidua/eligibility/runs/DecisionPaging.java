package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which page of a run's decisions, how large, in which order: checked once for the API and the page.
 *
 * @param page from 0
 */
record DecisionPaging(int page, int size, DecisionSort sort, boolean descending) {
    static final int DEFAULT_SIZE = 50;
    /** A page of 500 decisions is about 1 MB of JSON: larger ones are the streamed export's. */
    static final int MAX_SIZE = 500;

    /**
     * @param sort {@code name} or {@code name,asc} or {@code name,desc}; by default {@link DecisionSort#RANK}
     * @throws InvalidDecisionQueryException naming each parameter that is wrong
     */
    static DecisionPaging of(Integer page, Integer size, String sort) {
        List<ApiError.Detail> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(ApiError.Detail.of("page", Text.of("decisions.problem.page", p)));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(ApiError.Detail.of("size", Text.of("decisions.problem.size", s, MAX_SIZE)));
        }
        DecisionSort order = DecisionSort.RANK;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1);
            order = parts.length > 2 ? null : Arrays.stream(DecisionSort.values())
                    .filter(o -> o.wire().equals(parts[0])).findFirst().orElse(null);
            descending = parts.length == 2 && parts[1].equals("desc");
            if (order == null || parts.length == 2 && !descending && !parts[1].equals("asc")) {
                errors.add(ApiError.Detail.of("sort", Text.of("decisions.problem.sort", sort, DecisionSort.choices())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDecisionQueryException(errors);
        }
        return new DecisionPaging(p, s, order, descending);
    }

    long offset() {
        return (long) page * size;
    }

    /** As a request names it: {@code rank}, {@code name,desc}. */
    String sortParameter() {
        return sort.wire() + (descending ? ",desc" : "");
    }
}
