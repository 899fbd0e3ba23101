package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Replay is a button on a completed run's page; its report is shown there, in words, to staff and auditors alike. */
@ApiTest
class RunReplayPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    RunSummary run;

    @BeforeEach
    void demoRun(@Autowired FactImport facts, @Autowired RunService runs) {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs);
    }

    @Test
    void anAuditorReplaysACompletedRunFromItsPageAndReadsThatItIsIdentical() throws Exception {
        String page = mvc.perform(get("/runs/" + run.id()).with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/runs/" + run.id() + "/replay", "Chạy lại để kiểm chứng").doesNotContain("id=\"replay\"");

        String replayed = mvc.perform(post("/runs/" + run.id() + "/replay").with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(replayed).contains("id=\"replay\"",
                "Chạy lại cho kết quả giống hệt: cả " + run.subjectCount() + " quyết định đều như đã lưu.",
                "Các tệp bộ quy tắc lưu cho đợt xét vẫn đúng mã băm đã ghi khi chạy.",
                "Đợt xét đã lưu khớp với dấu vân tay ghi trong nhật ký kiểm tra khi đợt xét hoàn thành.",
                "Kết quả theo đơn vị");
    }

    @Test
    void anAlteredDecisionIsShownAsADifference() throws Exception {
        String where = " WHERE run_id = ? AND subject_type = 'UNIT' AND subject_code = 'VP'";
        String name = jdbc.queryForObject("SELECT subject_name FROM decision" + where, String.class, run.id().value());
        jdbc.update("UPDATE decision SET subject_name = 'Phòng Khác'" + where, run.id().value());
        try {
            String replayed = mvc.perform(post("/runs/" + run.id() + "/replay").with(user("staff").roles("STAFF")).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(replayed).contains("Chạy lại cho kết quả KHÁC với đợt xét đã lưu", "Đợt xét đã bị sửa sau khi hoàn thành",
                    "<code>UNIT:VP</code>", "<code>subjectName</code>", "Phòng Khác");
        } finally {
            // the tests after this one verify the whole audit chain, run digests included
            jdbc.update("UPDATE decision SET subject_name = ?" + where, name, run.id().value());
        }
    }
}
