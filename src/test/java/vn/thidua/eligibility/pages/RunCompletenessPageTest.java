package vn.thidua.eligibility.pages;

import vn.thidua.eligibility.DemoDepartment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.web.ApiTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The run form shows what is missing for the year before the staff starts it (issue 9). */
@ApiTest
class RunCompletenessPageTest {
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void demo(@Autowired JdbcTemplate jdbc, @Autowired FactImport facts) {
        DemoDepartment.importFacts(jdbc, facts);
    }

    @Test
    void theRunFormListsWhatIsMissingForTheNewestYearWithFacts() throws Exception {
        // the demo's newest year, 2025: TTRA has no TTHC dossier due in it, nobody has a 2025 rating yet
        mvc.perform(get("/runs").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu còn thiếu cho năm 2025")))
                .andExpect(content().string(containsString("TTRA</span> – <span>Thanh tra Sở")))
                .andExpect(content().string(containsString("Không có hồ sơ TTHC đến hạn năm 2025")))
                .andExpect(content().string(containsString("(không xác định được: U3)")))
                .andExpect(content().string(containsString("Chưa có xếp loại năm 2025")))
                .andExpect(content().string(not(containsString("chưa có dữ liệu nào"))));
    }

    @Test
    void theCheckIsForTheChosenYearInVietnameseOrEnglish() throws Exception {
        mvc.perform(get("/runs").param("year", "2024").with(user("staff").roles("STAFF")))
                .andExpect(content().string(containsString("Dữ liệu còn thiếu cho năm 2024")))
                .andExpect(content().string(containsString("Không có hồ sơ TTHC đến hạn năm 2024")));
        mvc.perform(get("/runs").param("year", "2026").with(user("staff").roles("STAFF")))
                .andExpect(content().string(containsString("Dữ liệu còn thiếu cho năm 2026")))
                .andExpect(content().string(containsString("Năm 2026 chưa có dữ liệu nào")))
                .andExpect(content().string(containsString("Không có tiêu chí chấm điểm năm 2026")))
                .andExpect(content().string(containsString("(không xác định được: U1, U2)")))
                .andExpect(content().string(containsString("Chưa có xếp loại năm 2026")));
        mvc.perform(get("/runs").param("year", "2026").param("lang", "en").with(user("staff").roles("STAFF")))
                .andExpect(content().string(containsString("What is missing for 2026")))
                .andExpect(content().string(containsString("2026 has no facts at all")))
                .andExpect(content().string(containsString("No scored items of 2026")))
                .andExpect(content().string(containsString("(cannot be judged: U1, U2)")));
    }

    @Test
    void aRunOfAYearWithoutFactsIsRefusedOnThePageWithTheList() throws Exception {
        mvc.perform(post("/runs").with(user("staff").roles("STAFF")).with(csrf())
                        .param("year", "2027").param("referenceDate", "15/01/2028"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đợt xét chưa được chạy")))
                .andExpect(content().string(containsString("Năm: chưa có dữ liệu nào của năm 2027")))
                .andExpect(content().string(not(containsString("there are no facts"))))
                .andExpect(content().string(containsString("Dữ liệu còn thiếu cho năm 2027")))
                .andExpect(content().string(containsString("Không có tiêu chí chấm điểm năm 2027")));
    }
}
