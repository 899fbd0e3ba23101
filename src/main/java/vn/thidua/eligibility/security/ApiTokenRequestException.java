package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;

import java.util.List;

/**
 * A token that cannot be created as asked: every problem with its field and rule, so the API names
 * the field and the page shows the rule's message beside it.
 */
class ApiTokenRequestException extends Refusal {

    /** @param rule a short code the page words in its language ({@code tokens.rule.<rule>}) */
    record Problem(String field, String rule, String message) {
    }

    private final transient List<Problem> problems;

    ApiTokenRequestException(List<Problem> problems) {
        super(Kind.INVALID, "The token was not created", problems.stream()
                .map(problem -> new ApiError.Detail(problem.field(), problem.message())).toList());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
