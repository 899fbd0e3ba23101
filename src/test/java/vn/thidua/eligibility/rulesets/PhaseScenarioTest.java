package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;

/**
 * Phase scenarios: read and checked as a phase run's request is, decided in a phase run's two
 * sessions, and a failing one names each expectation it misses. Raising route (d)'s parameters in a
 * copy of the default rule set makes the shipped phase scenario fail exactly where (d) decided.
 */
class PhaseScenarioTest {
    private static final String QUALIFICATION = "tests/phase-qualification.yaml";

    @TempDir
    Path dir;

    private static final RuleEngine ENGINE = new RuleEngine(100_000, 4);

    @Test
    void aFailingPhaseScenarioNamesEachExpectationTheDecisionMisses() {
        setParameter("phase.minInitiatives", "2", "3");

        ScenarioRunner.Report report = new ScenarioRunner(ENGINE).run(2, new RuleFolder(dir.toString()).read());

        assertThat(report.passed()).isFalse();
        ScenarioRunner.ScenarioResult result = result(report, QUALIFICATION);
        assertThat(result.kind()).isEqualTo("PHASE");
        assertThat(result.checks()).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("PERSON:QD");
            assertThat(c.failures()).containsExactly(
                    "outcome: expected PROPOSED, the rules decided NOT_ELIGIBLE",
                    "rank: expected 2, the rules did not rank it",
                    "conditions.PH_D: expected true, the rules found false");
            assertThat(c.expectedRank()).isEqualTo(2);
            assertThat(c.actualRank()).isNull();
        });
        // QA by (a) is unaffected, and now ranks alone
        assertThat(result.checks()).filteredOn(c -> c.subject().equals("PERSON:QA")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void routeDNeedsAsManyConsecutiveExcellentYearsAsTheParameterSays() {
        setParameter("phase.consecutiveExcellentYears", "2", "3");

        ScenarioRunner.Report report = new ScenarioRunner(ENGINE).run(2, new RuleFolder(dir.toString()).read());

        assertThat(result(report, QUALIFICATION).checks()).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.failures()).contains("conditions.PH_D: expected true, the rules found false"));
    }

    @Test
    void aPhaseScenarioIsCheckedAsAPhaseRunRequestIs() {
        String text = """
                kind: PHASE
                year: 2025
                fromYear: 2025
                toYear: 2021
                referenceDate: 2025-12-15
                expect:
                  - {subject: "PERSON:A", outcome: ELIGIBLE}
                """;
        assertThat(Scenario.problemsOf("tests/p.yaml", text)).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "unknown key 'year' (a PHASE scenario has description, kind, fromYear, toYear, quota, referenceDate, facts, expect)",
                "toYear: 2021 is before fromYear 2025",
                "quota: required in a PHASE scenario, the number of Bằng khen the province allots, 0 or more",
                "expect[0].outcome: expected one of [NOT_ELIGIBLE, UNDETERMINED, DEFERRED, EXCLUDED, PROPOSED, TIED_AT_QUOTA, RESERVE], not 'ELIGIBLE'");
        String longPhase = """
                kind: PHASE
                fromYear: 2021
                toYear: 2031
                quota: 1
                referenceDate: 2031-12-15
                expect:
                  - {subject: "PERSON:A", outcome: RESERVE, rank: 0}
                """;
        assertThat(Scenario.problemsOf("tests/p.yaml", longPhase)).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "toYear: a phase spans at most 10 years (the movement's period), not 11",
                "expect[0].rank: expected a rank, 1 or more");
        String annualWithRank = """
                kind: ANNUAL
                year: 2024
                referenceDate: 2025-01-15
                expect:
                  - {subject: "UNIT:A", outcome: PROPOSED, rank: 1}
                """;
        assertThat(Scenario.problemsOf("tests/a.yaml", annualWithRank)).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "expect[0].outcome: expected one of [ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED, DEFERRED, EXCLUDED], not 'PROPOSED'",
                "expect[0].rank: only a PHASE scenario ranks");
    }

    @Test
    void aPhaseScenarioJudgesPeopleOnlyAsAPhaseRunDoes() {
        RuleSet rules = new RuleFolder(RuleHarness.RULES_FOLDER.toString()).read();
        java.util.Map<String, String> files = new java.util.TreeMap<>(rules.files());
        files.put("tests/unit-in-phase.yaml", """
                kind: PHASE
                fromYear: 2021
                toYear: 2025
                quota: 1
                referenceDate: 2025-12-15
                facts:
                  units: [{code: U, name: u}]
                  people: [{code: P, fullName: p, unitCode: U, category: CONG_CHUC, gender: MALE}]
                expect:
                  - {subject: "PERSON:P", outcome: NOT_ELIGIBLE, conditions: {PH_A: false, PH_D: false}}
                  - {subject: "UNIT:U", outcome: NOT_ELIGIBLE}
                """);

        ScenarioRunner.Report report = new ScenarioRunner(ENGINE).run(2, RuleSet.of(files));

        assertThat(result(report, "tests/unit-in-phase.yaml").checks()).satisfiesExactly(
                person -> assertThat(person.passed()).isTrue(),
                unit -> assertThat(unit.failures()).containsExactly(
                        "subject: not among the subjects the scenario's run decides"));
    }

    @Test
    void whomAPhaseJudgesIsAParameterWhoseValuesMustNameSubjectTypes() {
        setParameter("phase.subjectTypes", "PERSON", "PEOPLE");

        List<RuleProblem> problems = new RuleSetValidator(ENGINE).validate(new RuleFolder(dir.toString()).read().files());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("phase.subjectTypes from 2021-01-01: 'PEOPLE' is not a subject type:"
                    + " expected PERSON, UNIT or both, comma-separated");
        });
    }

    private static ScenarioRunner.ScenarioResult result(ScenarioRunner.Report report, String file) {
        return report.results().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
    }

    /** In the copied rule set, the first value {@code from} of the parameter's entry becomes {@code to}. */
    private void setParameter(String parameter, String from, String to) {
        try {
            Path file = copyOfRules(dir).resolve(RuleSet.PARAMETERS_FILE);
            Path tests = Files.createDirectories(dir.resolve("tests"));
            try (var shipped = Files.list(RuleHarness.RULES_FOLDER.resolve("tests"))) {
                for (Path t : shipped.toList()) {
                    Files.copy(t, tests.resolve(t.getFileName()));
                }
            }
            String text = Files.readString(file);
            int entry = text.indexOf("\n" + parameter + ":\n");
            String value = "      value: " + from + "\n";
            int at = text.indexOf(value, entry);
            assertThat(entry).as(parameter).isNotNegative();
            assertThat(at).as(value + " of " + parameter).isNotNegative();
            Files.writeString(file, text.substring(0, at) + "      value: " + to + "\n" + text.substring(at + value.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
