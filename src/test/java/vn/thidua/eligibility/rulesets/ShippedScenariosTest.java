package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.RuleEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rule set's scenarios, annual and phase, all pass; and they exercise every rule of it
 * (the figures README states).
 */
class ShippedScenariosTest {
    private final RuleEngine engine = new RuleEngine(100_000, 2);

    @Test
    void theShippedScenariosAllPassAndExerciseEveryRule() {
        ScenarioRunner.Report report = new ScenarioRunner(engine).run(1, new RuleFolder("rules").read());
        System.out.println("Default rule set: " + report.scenarios() + " scenarios, " + report.expectations()
                + " expectations; rule coverage " + report.coverage().exercised() + "/" + report.coverage().rules()
                + " (" + report.coverage().percent() + "%); not exercised: " + report.coverage().unexercised());
        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.file() + ": " + r).isTrue());
        assertThat(report.passed()).isTrue();
        assertThat(report.results()).filteredOn(r -> "PHASE".equals(r.kind())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.coverage().unexercised()).as("rules no scenario fires").isEmpty();
        // a tie straddling the quota line happens in one shipped scenario only: phase-quota.yaml
        assertThat(report.coverage().perRule()).filteredOn(r -> "R.TIED_AT_QUOTA".equals(r.id())).singleElement()
                .satisfies(r -> assertThat(r.scenarios()).isEqualTo(1));
    }
}
