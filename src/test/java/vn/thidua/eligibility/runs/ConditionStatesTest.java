package vn.thidua.eligibility.runs;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.Explanation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionStatesTest {

    private static Explanation condition(String code, Boolean met) {
        return new Explanation(code, met, "vi", "en", "R", List.of(), null, null, Map.of());
    }

    @Test
    void eachConditionIsStoredWithItsStateBetweenSpacesSoThatACodeIsNeverFoundInsideAnother() {
        String states = ConditionStates.of(List.of(condition("U1", false), condition("U10", true), condition("PH_A", null)));
        assertThat(states).isEqualTo(" -U1 +U10 ?PH_A ");
        assertThat(states).contains(ConditionStates.missed("U1")).doesNotContain(ConditionStates.missed("U10"),
                ConditionStates.missed("PH_A"), ConditionStates.missed("U"));
        assertThat(ConditionStates.parse(states)).containsExactly(new ConditionStates.State("U1", '-'),
                new ConditionStates.State("U10", '+'), new ConditionStates.State("PH_A", '?'));
    }

    @Test
    void noConditionsAndAMissingValueParseToNone() {
        assertThat(ConditionStates.of(List.of())).isEqualTo(" ");
        assertThat(ConditionStates.parse(" ")).isEmpty();
        assertThat(ConditionStates.parse(null)).isEmpty();
    }

    @Test
    void aCsvCellIsQuotedWhenItMustBeAndNeverReadAsAFormula() {
        assertThat(DecisionExport.cell("Phòng Kỹ thuật an toàn – Môi trường")).isEqualTo("Phòng Kỹ thuật an toàn – Môi trường");
        assertThat(DecisionExport.cell("Lê, Văn \"A\"")).isEqualTo("\"Lê, Văn \"\"A\"\"\"");
        assertThat(DecisionExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(DecisionExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DecisionExport.cell("-1")).isEqualTo("'-1");
        assertThat(DecisionExport.cell(null)).isEmpty();
    }
}
