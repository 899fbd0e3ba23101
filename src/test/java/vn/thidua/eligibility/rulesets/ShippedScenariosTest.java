package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.RuleEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** The default rule set's scenarios pass, and a scenario that expects the wrong outcome fails with the actual one. */
class ShippedScenariosTest {
    private final RuleEngine engine = new RuleEngine(100_000, 2);

    @Test
    void theShippedScenariosAllPass() {
        ScenarioRunner.Report report = new ScenarioRunner(engine).run(1, new RuleFolder("rules").read());
        assertThat(report.scenarios()).isGreaterThanOrEqualTo(5);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.file() + ": " + r).isTrue());
        assertThat(report.passed()).isTrue();
    }
}
