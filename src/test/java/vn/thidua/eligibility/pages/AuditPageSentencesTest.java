package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.security.AccountHolders;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log page reads as Vietnamese sentences, each entry's details a labelled table, never JSON. */
@ApiTest
class AuditPageSentencesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;
    @Autowired
    AccountHolders holders;

    @Test
    void anImportARunAndAProposalReadAsSentencesWithTheirDetailsInATable() throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        RunSummary run = DemoDepartment.annual2024(runs);
        String location = mvc.perform(post("/proposals").with(user("staff").roles("STAFF")).with(csrf())
                        .param("runId", String.valueOf(run.id().value())))
                .andExpect(redirectedUrlPattern("/proposals/*")).andReturn().getResponse().getRedirectedUrl();
        String proposal = location.substring(location.lastIndexOf('/') + 1);

        String page = mvc.perform(get("/audit").with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the actor by the name on the account, the login where none is filled in
        String staff = holders.holder("staff").displayName();
        assertThat(page)
                .contains(staff + " lập danh sách đề nghị số " + proposal + " từ đợt xét số " + run.id().value())
                .contains(staff + " chạy đợt xét số " + run.id().value() + ": hoàn thành, xét ")
                .containsPattern(staff + " nhập [0-9]+ khen thưởng; [0-9]+ tiêu chí chấm điểm; [0-9]+ kỷ luật, xem xét, thanh tra; "
                        + "[0-9]+ hồ sơ TTHC;")
                .contains("<table class=\"audit-details\">")
                .contains("<th scope=\"row\">Danh sách đề nghị</th>")
                .contains("<th scope=\"row\">Phiên bản bộ quy tắc</th>");
        String log = page.substring(page.indexOf("<tbody>"), page.lastIndexOf("</tbody>"));
        assertThat(log).as("no JSON, no event code").doesNotContain("{&quot;").doesNotContain("{\"").doesNotContain("&quot;:")
                .doesNotContain("PROPOSAL_COMPILED").doesNotContain("RUN_COMPLETED").doesNotContain("FACTS_IMPORTED");
    }
}
