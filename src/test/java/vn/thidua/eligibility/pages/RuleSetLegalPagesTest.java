package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.web.ApiTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rule-set page shows the legal coverage on a date to administrators and auditors, and every
 * reader each rule's text as written ({@code {param:…}}) and as it reads on that date.
 */
@ApiTest
class RuleSetLegalPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    RuleSetAdministration ruleSets;

    private int active() {
        return ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
    }

    @Test
    void anAuditorSeesTheCoverageOnTheDateAskedAndUnverifiedProvisionsMarked() throws Exception {
        mvc.perform(get("/rulesets/" + active()).param("on", "2026-01-15").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"legal-coverage\""), containsString("15/01/2026"),
                        containsString("ND152-2025.CHUA-KHEN"), containsString("chưa kiểm chứng"),
                        containsString("NQ202-2025-QH15"))));
    }

    @Test
    void everyReaderSeesARuleTextResolvedForTheDayAndAsWritten() throws Exception {
        mvc.perform(get("/rulesets/" + active()).param("on", "2026-01-15").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rule-texts\""),
                        containsString("U1 – Ít nhất 80% tiêu chí đạt tròn điểm chuẩn"),
                        containsString("U1 – Ít nhất {param:unit.fullScoreShare.min} tiêu chí đạt tròn điểm chuẩn"),
                        not(containsString("id=\"legal-coverage\"")))));
    }
}
