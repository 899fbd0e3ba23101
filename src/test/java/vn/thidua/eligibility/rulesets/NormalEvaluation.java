package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.model.Unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A normal rule set, evaluated after each attack: the engine must still answer, in about its usual time. */
final class NormalEvaluation {
    private static final String NORMAL = """
            package normal;
            import vn.thidua.eligibility.model.*;
            rule "decide" @id("N.DECIDE") @legalBasis("none")
            when
                $u : Unit()
            then
                insert(new Decision($u, AwardType.GIAY_KHEN_CCHC, Outcome.NOT_ELIGIBLE));
            end
            """;
    private static final RuleEngine ENGINE = new RuleEngine(10_000, 2);
    private static final FactGroup GROUP = new FactGroup(List.of(new Unit("VP", "Văn phòng", null)), List.of());
    private static final Evaluation ANNUAL = Evaluation.annual(2024, LocalDate.of(2025, 1, 15));
    private static final CompiledRules RULES = ENGINE.compile(RuleSource.of("normal", Map.of("normal.drl", NORMAL)));
    /** Measured once the session code is warm. */
    private static final long USUAL_MILLIS = Math.min(millis(), millis());

    private NormalEvaluation() {
    }

    private static long millis() {
        long t0 = System.nanoTime();
        assertThat(ENGINE.evaluate(RULES, ANNUAL, List.of(), GROUP)).hasSize(1);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void assertResponsive() {
        assertThat(millis()).as("a normal evaluation right after, usually %d ms", USUAL_MILLIS)
                .isLessThan(Math.max(5 * USUAL_MILLIS, 1_000));
    }
}
