package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The profile pages (lý lịch thi đua), in Vietnamese with every code in words, and the links to and from them. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilePagesTest {
    @Autowired
    MockMvc mvc;

    RunSummary run;

    @BeforeAll
    void demoRun(@Autowired JdbcTemplate jdbc, @Autowired FactImport facts, @Autowired RunService runs) {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs);
    }

    @Test
    void theSearchFindsAPersonByHerNameWithoutDiacriticsForEveryRole() throws Exception {
        for (String role : new String[]{"STAFF", "AUDITOR", "ADMIN"}) {
            mvc.perform(get("/profiles").param("q", "truong ngoc lan").with(user(role.toLowerCase()).roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Lý lịch thi đua"),
                            containsString("Tìm “truong ngoc lan”: 0 đơn vị và 1 cá nhân."),
                            containsString("href=\"/profiles/persons/NV018\">Trương Ngọc Lan</a>"))));
        }
    }

    @Test
    void aPersonsProfileSaysEveryCodeInVietnameseAndLinksEachDecisionToItsExplanation() throws Exception {
        mvc.perform(get("/profiles/persons/NV018").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Trương Ngọc Lan"), containsString("Trưởng phòng"), containsString("Viên chức"),
                        containsString("Giấy khen CCHC của Giám đốc Sở"), containsString("21/QĐ-SCT"),
                        containsString("<th scope=\"row\">Kỷ luật</th>"), containsString("01/09/2024"),
                        containsString("Hết thời hạn kỷ luật ngày 31/08/2025"),
                        containsString("Hoàn thành nhiệm vụ"), containsString("Hoàn thành tốt nhiệm vụ"),
                        containsString("Năm 2023: 0 trong 3 tiêu chí đạt tròn điểm chuẩn; điểm đạt 2,25 trên tổng điểm chuẩn 4"),
                        containsString("Không khen thưởng (thuộc trường hợp loại trừ)"), containsString("Đang thi hành kỷ luật"),
                        containsString("Hằng năm"), containsString("15/01/2025"), containsString("Phiên bản "),
                        containsString("href=\"/runs/" + run.id().value() + "/decisions/PERSON/NV018\">Xem giải thích</a>"))))
                .andExpect(content().string(allOf(not(containsString(">SANCTION<")), not(containsString(">EXCLUDED<")),
                        not(containsString(">GIAY_KHEN_CCHC<")), not(containsString(">HTNV<")),
                        not(containsString(">VIEN_CHUC<")), not(containsString(">ANNUAL<")), not(containsString("??")))));
    }

    @Test
    void aUnitsProfileListsItsPeopleAndItemsByYearInEnglishToo() throws Exception {
        mvc.perform(get("/profiles/units/QLCN").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phòng Quản lý công nghiệp"),
                        containsString("href=\"/profiles/persons/NV018\">Trương Ngọc Lan</a>"),
                        containsString("Năm 2024: 7 trong 10 tiêu chí đạt tròn điểm chuẩn"),
                        containsString("Chưa đủ điều kiện"))));
        mvc.perform(get("/profiles/units/QLCN").param("lang", "en").with(user("staff").roles("STAFF")))
                .andExpect(content().string(allOf(containsString("Award profiles"),
                        containsString("2024: 7 of 10 items at full score"), containsString("Not eligible"))));
    }

    @Test
    void anUnknownCodeAnswersWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/profiles/persons/NV999").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    @Test
    void theDecisionPageAndTheFactsPageLinkToTheProfiles() throws Exception {
        mvc.perform(get("/runs/" + run.id().value() + "/decisions/PERSON/NV018").with(user("staff").roles("STAFF")))
                .andExpect(content().string(containsString("href=\"/profiles/persons/NV018\">Lý lịch thi đua</a>")));
        mvc.perform(get("/runs/" + run.id().value() + "/decisions/UNIT/QLCN").with(user("staff").roles("STAFF")))
                .andExpect(content().string(containsString("href=\"/profiles/units/QLCN\">Lý lịch thi đua</a>")));
        mvc.perform(get("/facts").param("year", "2024").param("unit", "QLCN").with(user("staff").roles("STAFF")))
                .andExpect(content().string(allOf(containsString("href=\"/profiles/units/QLCN\""),
                        containsString("href=\"/profiles/persons/NV018\">NV018</a>"))));
    }
}
