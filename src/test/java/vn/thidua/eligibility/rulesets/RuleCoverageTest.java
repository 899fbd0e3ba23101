package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.RuleEngine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule coverage counts, per rule of the rule set (fired or never), the scenarios that fired it; a
 * phase scenario counts the rules of both its sessions; a scenario that cannot be read fires nothing.
 */
class RuleCoverageTest {
    private static final String RULES = """
            package cchc;

            import vn.thidua.eligibility.model.*;

            rule "Unit eligible"
                @id("T.UNIT") @legalBasis("test")
            when
                Evaluation(kind == RunKind.ANNUAL, $award : award)
                $u : Unit()
            then
                insert(new Decision($u, $award, Outcome.ELIGIBLE));
            end

            rule "Person not eligible"
                @id("T.PERSON") @legalBasis("test")
            when
                Evaluation(kind == RunKind.ANNUAL, $award : award)
                $p : Person()
            then
                insert(new Decision($p, $award, Outcome.NOT_ELIGIBLE));
            end

            rule "Phase: qualified"
                @id("T.PHASE") @legalBasis("test")
            when
                Evaluation(kind == RunKind.PHASE, ranking == false, $award : award)
                $p : Person()
            then
                insert(new Merit($p, java.util.List.of(), java.util.List.of(), java.util.List.of()));
                insert(new Decision($p, $award, Outcome.ELIGIBLE));
            end

            rule "Phase: ranked"
                @id("T.RANK") @legalBasis("test")
            when
                Evaluation(kind == RunKind.PHASE, ranking == true, $award : award)
                $m : Merit($p : person)
            then
                insert(new Rank($p, 1, 1));
                insert(new Decision($p, $award, Outcome.PROPOSED));
            end

            rule "Never: a unit coded NONE"
                @id("T.NEVER") @legalBasis("test")
            when
                Evaluation($award : award)
                $u : Unit(code == "NONE")
            then
            end
            """;
    private static final String PARAMETERS = """
            unused.flag:
              description: {vi: "x", en: "x"}
              legalBasis: "test"
              values:
                - from: 2000-01-01
                  value: true
            """;
    private static final String UNITS = """
            kind: ANNUAL
            year: 2024
            referenceDate: 2025-01-15
            facts:
              units: [{code: A, name: a}]
            expect:
              - {subject: "UNIT:A", outcome: ELIGIBLE}
            """;
    private static final String UNITS_AND_PEOPLE = """
            kind: ANNUAL
            year: 2024
            referenceDate: 2025-01-15
            facts:
              units: [{code: A, name: a}]
              people: [{code: P, fullName: p, unitCode: A, category: CONG_CHUC, gender: MALE}]
            expect:
              - {subject: "PERSON:P", outcome: NOT_ELIGIBLE}
            """;
    private static final String PHASE = """
            kind: PHASE
            fromYear: 2021
            toYear: 2025
            quota: 1
            referenceDate: 2025-12-15
            facts:
              units: [{code: A, name: a}]
              people: [{code: P, fullName: p, unitCode: A, category: CONG_CHUC, gender: MALE}]
            expect:
              - {subject: "PERSON:P", outcome: PROPOSED, rank: 1}
            """;
    private static final String UNREADABLE = """
            kind: ANNUAL
            year: 2024
            expect: []
            """;

    @Test
    void eachRuleCountsTheScenariosThatFiredItAndARuleNoScenarioFiresIsNamed() {
        RuleSet ruleSet = RuleSet.of(Map.of("rules.drl", RULES, "parameters.yaml", PARAMETERS,
                "tests/units.yaml", UNITS, "tests/units-and-people.yaml", UNITS_AND_PEOPLE,
                "tests/phase.yaml", PHASE, "tests/unreadable.yaml", UNREADABLE));

        ScenarioRunner.Report report = new ScenarioRunner(new RuleEngine(10_000, 2)).run(7, ruleSet);

        assertThat(report.scenarios()).isEqualTo(4);
        assertThat(report.failed()).as("only the unreadable scenario fails").isEqualTo(1);
        RuleCoverage coverage = report.coverage();
        assertThat(coverage.perRule()).extracting(RuleCoverage.RuleScenarioCount::id, RuleCoverage.RuleScenarioCount::scenarios)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("T.UNIT", 2),
                        org.assertj.core.groups.Tuple.tuple("T.PERSON", 1),
                        org.assertj.core.groups.Tuple.tuple("T.PHASE", 1),
                        org.assertj.core.groups.Tuple.tuple("T.RANK", 1),
                        org.assertj.core.groups.Tuple.tuple("T.NEVER", 0));
        assertThat(coverage.rules()).isEqualTo(5);
        assertThat(coverage.exercised()).isEqualTo(4);
        assertThat(coverage.percent()).isEqualTo(80);
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.unexercised()).containsExactly("T.NEVER");
        assertThat(report.results()).filteredOn(r -> r.file().equals("tests/phase.yaml")).singleElement()
                .satisfies(r -> assertThat(r.firedRules()).as("both sessions of the phase").containsExactly("T.PHASE", "T.RANK"));
        assertThat(report.results()).filteredOn(r -> r.file().equals("tests/unreadable.yaml")).singleElement()
                .satisfies(r -> assertThat(r.firedRules()).isNull());
    }
}
