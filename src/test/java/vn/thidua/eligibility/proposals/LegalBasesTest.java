package vn.thidua.eligibility.proposals;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LegalBasesTest {
    private static final String PLAN = "Kế hoạch thi đua CCHC 2021–2030 của Sở Công Thương Sóc Trăng, mục II.3.a, tập thể";

    @Test
    void theConditionsOfOneSectionAreCitedOnceWithTheirPoints() {
        assertThat(LegalBases.merge(List.of(PLAN + ", ý 1", PLAN + ", ý 2", PLAN + ", ý 3")))
                .isEqualTo(PLAN + ", ý 1, ý 2, ý 3");
    }

    @Test
    void differentDocumentsStaySeparateAndRepeatedCitationsAppearOnce() {
        String decree = "Nghị định 98/2023/NĐ-CP, Điều 4 khoản 4";
        assertThat(LegalBases.merge(Arrays.asList(PLAN + ", ý 1; " + decree, decree, null, PLAN + ", ý 1")))
                .isEqualTo(PLAN + ", ý 1; " + decree);
    }
}
