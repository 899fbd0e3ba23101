package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.RuleHarness.condition;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;
import static vn.thidua.eligibility.rulesets.RuleHarness.edit;

/**
 * Rule names and texts take their numbers from the parameters in force ({@code {param:…}}): once the
 * U1 threshold is 70% from a date, nothing said about a run after that date says 80%.
 */
class ParameterTextsRulesTest {
    @TempDir
    Path dir;

    private Verdict judge(LocalDate reference) {
        copyOfRules(dir);
        edit(dir.resolve("parameters.yaml"), "      value: 0.80\n", "      value: 0.80\n    - from: 2025-01-01\n      value: 0.70\n");
        RuleSet rules = new RuleFolder(dir.toString()).read();
        RuleEngine engine = new RuleEngine(100_000, 2, new RegisterCitations());
        CompiledRules compiled = engine.compile(rules.source());
        Unit vp = Facts.unit("VP");
        List<Object> facts = new ArrayList<>(List.of(vp));
        for (int i = 1; i <= 10; i++) {
            facts.add(item(2024, "1." + i, i <= 7 ? "2" : "1", "2", "VP", null));
        }
        return RuleHarness.annual(engine, compiled, rules, 2024, reference, facts).get(vp.ref());
    }

    private static List<String> everything(Verdict v) {
        return Stream.concat(v.conditions().stream().flatMap(c -> Stream.of(c.textVi(), c.textEn())),
                v.trace().stream().flatMap(f -> Stream.of(f.ruleName(), f.descriptionVi(), f.descriptionEn()))).toList();
    }

    @Test
    void afterTheThresholdBecomesSeventyPercentNoTraceOrTextSaysEightyPercent() {
        Verdict v = judge(day("2025-01-15"));
        Explanation u1 = condition(v, "U1");
        assertThat(u1.met()).isTrue();
        assertThat(u1.textEn()).isEqualTo("7/10 items of 2024 at full score = 70% ≥ 70%");
        Firing step = v.trace().stream().filter(f -> f.ruleId().equals("U1.FULL_SCORE_SHARE")).findFirst().orElseThrow();
        assertThat(step.ruleName()).isEqualTo("U1 – Ít nhất 70% tiêu chí đạt tròn điểm chuẩn");
        assertThat(step.descriptionVi()).startsWith("Có ít nhất 70% tiêu chí");
        assertThat(step.descriptionEn()).startsWith("At least 70% of the criteria");
        assertThat(everything(v)).allSatisfy(t -> assertThat(t).doesNotContain("80%").doesNotContain("{param:"));
    }

    @Test
    void beforeThatDateTheSameRuleStillSaysEightyPercent() {
        Verdict v = judge(day("2024-12-31"));
        assertThat(condition(v, "U1").textEn()).isEqualTo("7/10 items of 2024 at full score = 70% < 80%");
        Firing step = v.trace().stream().filter(f -> f.ruleId().equals("U1.FULL_SCORE_SHARE")).findFirst().orElseThrow();
        assertThat(step.ruleName()).isEqualTo("U1 – Ít nhất 80% tiêu chí đạt tròn điểm chuẩn");
        assertThat(step.descriptionVi()).contains("80%");
    }
}
