package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.engine.RuleInfo;
import vn.thidua.eligibility.web.ApiError;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** By default activation warns of rules no scenario fires; when full coverage is required it refuses, naming each. */
class CoveragePolicyTest {
    private static final List<RuleInfo> RULES = List.of(rule("T.A"), rule("T.B"), rule("T.C"));
    private static final RuleCoverage PARTIAL = RuleCoverage.of(RULES, List.of(Set.of("T.A"), Set.of("T.A")));
    private static final RuleCoverage FULL = RuleCoverage.of(RULES, List.of(Set.of("T.A", "T.B"), Set.of("T.C")));

    private static RuleInfo rule(String id) {
        return new RuleInfo(id, "rule " + id, "rules.drl", List.of(), null, null, null, 1);
    }

    @Test
    void byDefaultARuleNoScenarioFiresIsAWarningNotARefusal() {
        CoveragePolicy policy = new CoveragePolicy(false);

        assertThatCode(() -> policy.check(4, PARTIAL)).doesNotThrowAnyException();
        assertThat(policy.describe(PARTIAL)).isEqualTo(new RuleSetAdministration.RuleCoverageSummary(3, 1, List.of("T.B", "T.C"),
                "2 rules not exercised by any scenario: T.B, T.C"));
        assertThat(policy.describe(FULL).warning()).isNull();
    }

    @Test
    void requiringFullCoverageRefusesActivationWithEachRuleNoScenarioFires() {
        CoveragePolicy policy = new CoveragePolicy(true);

        assertThatThrownBy(() -> policy.check(4, PARTIAL)).isInstanceOfSatisfying(RuleSetRefusedException.class, e -> {
            assertThat(e.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(e.reason()).isEqualTo(RuleSetRefusedException.Reason.RULES_NOT_EXERCISED);
            assertThat(e.getMessage()).isEqualTo("version 4 cannot be activated: 2 rules not exercised by any scenario:"
                    + " T.B, T.C (eligibility.rulesets.require-full-coverage=true)");
            assertThat(e.errors()).extracting(ApiError.Detail::path).containsExactly("T.B", "T.C");
        });
        assertThatCode(() -> policy.check(4, FULL)).doesNotThrowAnyException();
    }
}
