package vn.thidua.eligibility.rules;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.rules.RuleHarness.condition;
import static vn.thidua.eligibility.rules.RuleHarness.firedRuleIds;
import static vn.thidua.eligibility.rules.RuleHarness.unit;

class UnitConditionRulesTest {
    private static final LocalDate R = LocalDate.of(2025, 1, 15);
    private final Unit vp = new Unit("VP", "Văn phòng Sở", null);

    private static Criterion item(int year, String code, String score, String max) {
        return new Criterion(year, code, "Tiêu chí " + code, new BigDecimal(max), new BigDecimal(score), "VP", null);
    }

    @Test
    void exactlyEightyPercentAtFullScoreMeetsU1() {
        List<Object> facts = new ArrayList<>(List.of(vp));
        for (int i = 1; i <= 10; i++) {
            facts.add(item(2024, "1." + i, i <= 8 ? "2" : "1.5", "2"));
        }
        Verdict v = RuleHarness.annual(2024, R, facts).get(unit("VP"));
        Explanation u1 = condition(v, "U1");
        assertThat(u1.met()).isTrue();
        assertThat(u1.ruleId()).isEqualTo("U1.FULL_SCORE_SHARE");
        assertThat(u1.textEn()).isEqualTo("8/10 items of 2024 at full score = 80% ≥ 80%");
        assertThat(u1.textVi()).isEqualTo("8/10 tiêu chí năm 2024 đạt tròn điểm chuẩn = 80% ≥ 80%");
        assertThat(firedRuleIds(v)).contains("U1.FULL_SCORE_SHARE", "U2.NO_ITEMS_LAST_YEAR", "U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER", "D.UNIT_NOT_ELIGIBLE");
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void allThreeConditionsMakeAUnitEligible() {
        List<Object> facts = List.of(vp,
                item(2023, "1.1", "1", "2"), item(2024, "1.1", "2", "2"),
                new ProvincialTask("T1", "VP", "Báo cáo CCHC", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30)),
                new Dossier("D1", "VP", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)));
        Verdict v = RuleHarness.annual(2024, R, facts).get(unit("VP"));
        assertThat(v.conditions()).extracting(Explanation::met).containsOnly(true);
        assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(firedRuleIds(v)).contains("D.UNIT_ELIGIBLE");
        System.out.println(v.conditions());
    }
}
