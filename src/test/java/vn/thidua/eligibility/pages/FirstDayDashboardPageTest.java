package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh install has no facts: the dashboard says what to do first, in order, with links, to those who
 * do it (staff, administrators), and tells an auditor what he can look at. Once facts are in, it is gone.
 */
@ApiTest
class FirstDayDashboardPageTest {
    /** Children before parents, for the foreign keys (a person's memberships go with the person). */
    static final List<String> FACT_TABLES = List.of("awards", "ratings", "disciplines", "initiatives", "dossiers",
            "tasks", "criteria", "people", "units");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static void emptyFacts(JdbcTemplate jdbc) {
        FACT_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    /** Tests that follow in the shared database may count on some facts: the demo's are left behind. */
    @AfterEach
    void demoFactsBack(@Autowired FactImport facts) {
        DemoDepartment.importFacts(jdbc, facts);
    }

    @Test
    void staffAreToldTheFiveStepsInOrderWithTheirLinks() throws Exception {
        emptyFacts(jdbc);
        String page = dashboard("staff", "STAFF");
        assertThat(page).contains("id=\"first-day\"", "Bắt đầu từ đâu");
        assertThat(inOrder(page, "href=\"/facts/workbook/mau-nhap-du-lieu.xlsx\">Tải mẫu nhập dữ liệu Excel",
                "Điền dữ liệu của Sở vào mẫu", "href=\"/facts/workbook/mau-du-lieu-minh-hoa.xlsx\"",
                "href=\"/facts/workbook\">Nhập tệp đã điền", "href=\"/runs\">Kiểm tra dữ liệu còn thiếu",
                "href=\"/runs\">Chạy đợt xét")).isTrue();
        assertThat(page).doesNotContain("href=\"/facts/import\"");
    }

    @Test
    void anAuditorIsToldWhatHeCanLookAtAndNotToImport() throws Exception {
        emptyFacts(jdbc);
        String page = dashboard("auditor", "AUDITOR");
        assertThat(page).contains("id=\"first-day\"", "Với vai trò kiểm tra, anh/chị có thể xem",
                "href=\"/facts\"", "href=\"/rulesets\"", "href=\"/audit\"")
                .doesNotContain("Tải mẫu nhập dữ liệu Excel", "href=\"/facts/workbook\"");
    }

    @Test
    void withFactsTheGuideIsGone(@Autowired FactImport facts) throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        assertThat(dashboard("staff", "STAFF")).doesNotContain("id=\"first-day\"");
    }

    private String dashboard(String name, String role) throws Exception {
        return mvc.perform(get("/").with(user(name).roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static boolean inOrder(String page, String... parts) {
        int at = 0;
        for (String part : parts) {
            at = page.indexOf(part, at);
            if (at < 0) {
                throw new AssertionError("missing, or out of order: " + part);
            }
        }
        return true;
    }
}
