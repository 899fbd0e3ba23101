package vn.thidua.eligibility.pages;

import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.DemoDepartment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The proposal pages' forms and role rules, without a browser: every refused act is a page that says why. */
@ApiTest
class ProposalPagesTest {
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;

    RunSummary run;

    @BeforeEach
    void demoDepartmentRun2024() {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs);
    }

    @Test
    void deferredAndUndeterminedSubjectsAreShownApartWithWhyNotAsEntries() throws Exception {
        long id = propose();
        String page = mvc.perform(get("/proposals/" + id).with(AUDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String held = page.substring(page.indexOf("id=\"held-heading\""));
        org.assertj.core.api.Assertions.assertThat(held)
                .contains("Chưa khen thưởng — xem xét lại ở lần xét sau")
                .contains("TTRA").contains("Hoãn cho đến khi việc thanh tra, kiểm tra, xác minh mở từ 01/11/2024 kết thúc")
                .contains("CDS").contains("không có tiêu chí nào được chấm điểm của đơn vị CDS năm 2023")
                .contains("NV041");
        String entries = page.substring(page.indexOf("id=\"entries-heading\""), page.indexOf("id=\"held-heading\""));
        org.assertj.core.api.Assertions.assertThat(entries).doesNotContain("TTRA").doesNotContain(">CDS<");
        mvc.perform(get("/runs/" + run.id().value() + "/decisions/UNIT/TTRA").with(AUDITOR).param("lang", "en"))
                .andExpect(content().string(containsString("Deferred — to reconsider in a later run")))
                .andExpect(content().string(containsString("Deferred until the investigation open since 2024-11-01 is closed")));
        mvc.perform(get("/runs/" + run.id().value() + "/decisions/UNIT/CDS").with(AUDITOR).param("lang", "en"))
                .andExpect(content().string(containsString("Cannot be judged (facts missing)")))
                .andExpect(content().string(containsString("Cannot be judged: no scored items for unit CDS in 2023")));
    }

    @Test
    void aListGoesFromTheOfficeThroughTheCouncilToTheDecisionAndThenOnlyReads() throws Exception {
        long id = propose();
        String entry = firstEntryPath(id);

        mvc.perform(post(entry + "/note").with(STAFF).with(csrf()).param("note", "Hồ sơ đầy đủ"))
                .andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ sơ đầy đủ")))
                .andExpect(content().string(not(containsString("/note\""))))
                .andExpect(content().string(not(containsString("/submit\""))));

        // the Council cannot meet over a list still being compiled, nor decide without meeting
        mvc.perform(post("/proposals/" + id + "/review").with(ADMIN).with(csrf()).param("minutesNo", "05/BB")
                        .param("minutesDate", "18/01/2025"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Thao tác không thực hiện được")))
                .andExpect(content().string(containsString("must be UNDER_REVIEW")));
        mvc.perform(post("/proposals/" + id + "/submit").with(STAFF).with(csrf())).andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(post("/proposals/" + id + "/decision").with(ADMIN).with(csrf()).param("decisionNo", "12/QĐ-SCT")
                        .param("decisionDate", "20/01/2025").param("signer", "Giám đốc"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("no Council review yet")));
        mvc.perform(post("/proposals/" + id + "/review").with(ADMIN).with(csrf()).param("minutesNo", "05/BB")
                        .param("minutesDate", "31/02/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("dd/mm/yyyy")));

        var review = post("/proposals/" + id + "/review").with(ADMIN).with(csrf()).param("minutesNo", "05/BB-HĐTĐKT")
                .param("minutesDate", "18/01/2025");
        List<DecisionView> eligible = runs.decisions(run.id(), null, Outcome.ELIGIBLE, Language.VIETNAMESE);
        for (int i = 0; i < eligible.size(); i++) {
            review.param("results[" + i + "].subjectType", eligible.get(i).subjectType().name())
                    .param("results[" + i + "].subjectCode", eligible.get(i).subjectCode())
                    .param("results[" + i + "].result", "AGREED");
        }
        mvc.perform(review).andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(post("/proposals/" + id + "/decision").with(ADMIN).with(csrf()).param("decisionNo", "12/QĐ-SCT")
                        .param("decisionDate", "20/01/2025").param("signer", "Giám đốc Sở"))
                .andExpect(redirectedUrl("/proposals/" + id));

        mvc.perform(get("/proposals/" + id).with(STAFF))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã quyết định")))
                .andExpect(content().string(containsString("12/QĐ-SCT ngày 20/01/2025 (Giám đốc Sở)")))
                .andExpect(content().string(containsString("Đã tặng")))
                .andExpect(content().string(containsString("Hội đồng họp xét")))
                .andExpect(content().string(not(containsString("/note\""))));
        mvc.perform(post(entry + "/note").with(STAFF).with(csrf()).param("note", "muộn"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("can no longer change")));
        mvc.perform(post(entry + "/revocation").with(ADMIN).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reason: required")));
        mvc.perform(post(entry + "/revocation").with(ADMIN).with(csrf()).param("reason", "Khai man thành tích"))
                .andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(content().string(containsString("Đã thu hồi")))
                .andExpect(content().string(containsString("Khai man thành tích")));
    }

    @Test
    void anOverrideNeedsItsReasonAndIsShownBesideTheEnginesOutcome() throws Exception {
        long id = propose();
        DecisionView notEligible = runs.decisions(run.id(), null, Outcome.NOT_ELIGIBLE, Language.VIETNAMESE).get(0);
        String subject = notEligible.subjectType() + "/" + notEligible.subjectCode();

        mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reason: required")));
        mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject)
                        .param("reason", "Thành tích đột xuất trong năm").param("confirmed", "true"))
                .andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(content().string(containsString("Bổ sung ngoài kết quả xét")))
                .andExpect(content().string(containsString("staff, lúc")))
                .andExpect(content().string(containsString("Thành tích đột xuất trong năm")))
                .andExpect(content().string(containsString("Chưa đủ điều kiện")));
        mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject)
                        .param("reason", "lần nữa, cùng một đối tượng").param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already lists")));
    }

    @Test
    void eachRoleMayPostOnlyItsOwnForms() throws Exception {
        mvc.perform(post("/proposals").with(AUDITOR).with(csrf()).param("runId", String.valueOf(run.id().value())))
                .andExpect(status().isForbidden());
        long id = propose();
        mvc.perform(post("/proposals").with(STAFF).with(csrf()).param("runId", String.valueOf(run.id().value())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already has proposal " + id)));
        for (String act : new String[] {"/review", "/decision", "/entries/UNIT/VP/revocation"}) {
            mvc.perform(post("/proposals/" + id + act).with(STAFF).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/proposals/" + id + "/submit").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/999999").with(AUDITOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    @Test
    void theRunPageOffersTheListAndEveryoneDownloadsItsDocuments() throws Exception {
        mvc.perform(get("/runs/" + run.id()).with(STAFF))
                .andExpect(content().string(containsString("Lập danh sách đề nghị")));
        mvc.perform(get("/runs/" + run.id()).with(AUDITOR))
                .andExpect(content().string(not(containsString("Lập danh sách đề nghị</button>"))));
        long id = propose();
        mvc.perform(get("/runs/" + run.id()).with(AUDITOR))
                .andExpect(content().string(containsString("/proposals/" + id)));
        mvc.perform(get("/proposals/" + id + "/list.xlsx").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("danh-sach-de-nghi-" + id + ".xlsx")));
        mvc.perform(get("/proposals/" + id + "/list.pdf").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/proposals").with(AUDITOR))
                .andExpect(content().string(containsString("/reports/yearly/2024/report.pdf")));
        mvc.perform(get("/reports/yearly/2024/report.xlsx").with(AUDITOR)).andExpect(status().isOk());
        mvc.perform(get("/reports/yearly/1990/report.pdf").with(AUDITOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    @Test
    void aPhaseRunStartsFromItsFormAndItsPageShowsTheRanks() throws Exception {
        mvc.perform(post("/runs/phase").with(STAFF).with(csrf()).param("fromYear", "2021").param("toYear", "2025")
                        .param("quota", "ba").param("referenceDate", "15/12/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phải là số nguyên")));
        mvc.perform(post("/runs/phase").with(STAFF).with(csrf()).param("fromYear", "2025").param("toYear", "2021")
                        .param("quota", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đợt xét chưa được chạy")));
        String page = mvc.perform(post("/runs/phase").with(STAFF).with(csrf()).param("fromYear", "2021")
                        .param("toYear", "2025").param("quota", "3").param("referenceDate", "15/12/2025"))
                .andExpect(redirectedUrlPattern("/runs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("giai đoạn 2021–2025, chỉ tiêu 3")))
                .andExpect(content().string(containsString("Thứ hạng")))
                .andExpect(content().string(containsString("năm Giấy khen")));
        // an annual decision has no merit: its page has no ranking
        DecisionView annual = runs.decisions(run.id(), null, null, Language.VIETNAMESE).get(0);
        mvc.perform(get("/runs/" + run.id() + "/decisions/" + annual.subjectType() + "/" + annual.subjectCode()).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Xếp hạng trong giai đoạn"))))
                // who grants the award on the run's reference date, as organisation.yaml names them
                .andExpect(content().string(containsString("id=\"awarded-by\"")))
                .andExpect(content().string(containsString("Giám đốc Sở Công Thương")));
    }

    private long propose() throws Exception {
        String location = mvc.perform(post("/proposals").with(STAFF).with(csrf()).param("runId", String.valueOf(run.id().value())))
                .andExpect(redirectedUrlPattern("/proposals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The first eligible subject's entry: the list holds every eligible subject of the run. */
    private String firstEntryPath(long id) {
        DecisionView d = runs.decisions(run.id(), null, Outcome.ELIGIBLE, Language.VIETNAMESE).get(0);
        return "/proposals/" + id + "/entries/" + d.subjectType() + "/" + d.subjectCode();
    }
}
