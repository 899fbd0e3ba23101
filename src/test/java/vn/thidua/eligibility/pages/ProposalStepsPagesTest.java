package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;
import vn.thidua.eligibility.web.Language;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proposal page's guards: an override shows the legal reason it sets aside and takes a
 * justification and a ticked confirmation; the Council chooses every entry, none pre-ticked; the
 * irreversible steps ask first; and a refused form keeps what was typed.
 */
@ApiTest
class ProposalStepsPagesTest {
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final String JUSTIFICATION = "Đơn vị đã phối hợp kết thúc thanh tra, không có sai phạm";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;

    RunSummary run;
    long id;

    @BeforeEach
    void draftOfTheDemoDepartment2024() throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs);
        String location = mvc.perform(post("/proposals").with(STAFF).with(csrf()).param("runId", String.valueOf(run.id().value())))
                .andExpect(redirectedUrlPattern("/proposals/*")).andReturn().getResponse().getRedirectedUrl();
        id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theOverrideFormShowsEachCandidatesLegalReasonAndAsksForTheConfirmation() throws Exception {
        DecisionView deferred = deferredUnit();
        String page = page(mvc.perform(get("/proposals/" + id).with(STAFF)).andExpect(status().isOk()));
        String grounds = page.substring(page.indexOf("data-subject=\"UNIT/" + deferred.subjectCode() + "\""));
        DecisionView.DeferralFound deferral = deferred.deferral().get(0);
        assertThat(grounds.substring(0, grounds.indexOf("</div>")))
                .contains("kết quả xét là “Chưa khen thưởng")
                .contains(deferral.detail() + " (" + deferral.legalBasis() + ")");
        assertThat(page).contains("name=\"confirmed\"").contains("Tôi xác nhận đưa vào danh sách dù kết quả xét")
                .contains("ít nhất 20 ký tự").contains("/js/override-grounds.js");
    }

    @Test
    void anOverrideOfADeferredUnitWithoutTheConfirmationIsRefusedNamingItAndKeepsWhatWasTyped() throws Exception {
        String subject = "UNIT/" + deferredUnit().subjectCode();
        String refused = page(mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject)
                        .param("reason", "Ngắn").param("note", "Theo đề nghị của phòng"))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(refused).contains("Thao tác không thực hiện được").contains("<li>Lý do: ").contains("<li>Xác nhận: ")
                .contains(">Ngắn</textarea>").contains("value=\"Theo đề nghị của phòng\"")
                .containsPattern("value=\"" + subject + "\"\\s+selected");
        assertThat(refused.substring(refused.indexOf("id=\"override-confirmed\""))).startsWith("id=\"override-confirmed\" type=\"checkbox\" name=\"confirmed\" value=\"true\">");

        String unticked = page(mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject)
                .param("reason", JUSTIFICATION)).andExpect(status().isUnprocessableEntity()));
        assertThat(unticked).contains("<li>Xác nhận: ").doesNotContain("<li>Lý do: ");

        mvc.perform(post("/proposals/" + id + "/entries").with(STAFF).with(csrf()).param("subject", subject)
                .param("reason", JUSTIFICATION).param("confirmed", "true")).andExpect(redirectedUrl("/proposals/" + id));
        String entries = page(mvc.perform(get("/proposals/" + id).with(STAFF)));
        entries = entries.substring(entries.indexOf("id=\"entry-" + subject.replace('/', '-') + "\""));
        assertThat(entries.substring(0, entries.indexOf("</tr>"))).contains("Bổ sung ngoài kết quả xét")
                .contains("Vượt qua lý do của kết quả xét:").contains(deferredUnit().deferral().get(0).detail())
                .contains(JUSTIFICATION);
    }

    @Test
    void theCouncilFormPreTicksNothingAndAnEntryLeftUnchosenIsNamedWithTheFormKept() throws Exception {
        mvc.perform(post("/proposals/" + id + "/submit").with(STAFF).with(csrf())).andExpect(redirectedUrl("/proposals/" + id));
        String form = page(mvc.perform(get("/proposals/" + id).with(ADMIN)));
        form = form.substring(form.indexOf("id=\"review-heading\""), form.indexOf("</form>", form.indexOf("id=\"review-heading\"")));
        assertThat(form).contains("type=\"radio\"").doesNotContain("checked").contains("data-confirm=\"Ghi nhận kết quả họp Hội đồng?");

        List<DecisionView> eligible = runs.decisions(run.id(), null, Outcome.ELIGIBLE, Language.VIETNAMESE);
        DecisionView unchosen = eligible.get(1);
        MockHttpServletRequestBuilder review = post("/proposals/" + id + "/review").with(ADMIN).with(csrf())
                .param("minutesNo", "05/BB-HĐTĐKT").param("minutesDate", "18/01/2025");
        for (int i = 0; i < eligible.size(); i++) {
            review.param("results[" + i + "].subjectType", eligible.get(i).subjectType().name())
                    .param("results[" + i + "].subjectCode", eligible.get(i).subjectCode());
            if (i == 0) {
                review.param("results[0].result", "REJECTED").param("results[0].reason", "Hồ sơ thiếu minh chứng");
            } else if (i != 1) {
                review.param("results[" + i + "].result", "AGREED");
            }
        }
        String refused = page(mvc.perform(review).andExpect(status().isBadRequest()));
        assertThat(refused).contains("<li>Kết quả của mục 2: ")
                .contains((unchosen.subjectType() == SubjectType.UNIT ? "tập thể " : "cá nhân ") + unchosen.subjectCode() + " (" + unchosen.subjectName() + ")")
                .contains("value=\"05/BB-HĐTĐKT\"").contains("value=\"18/01/2025\"").contains("value=\"Hồ sơ thiếu minh chứng\"");
        String[] fieldsets = refused.split("<fieldset");
        assertThat(fieldsets[1]).containsPattern("value=\"REJECTED\"\\s+checked");
        assertThat(fieldsets[2]).doesNotContain("checked");
        assertThat(fieldsets[3]).containsPattern("value=\"AGREED\"[^>]*\\s+checked");
    }

    @Test
    void theIrreversibleStepsAskFirstAndARefusedNoteDecisionOrRevocationKeepsWhatWasTyped() throws Exception {
        String draft = page(mvc.perform(get("/proposals/" + id).with(STAFF)));
        assertThat(draft).contains("data-confirm=\"Trình danh sách này lên Hội đồng Thi đua – Khen thưởng?");
        DecisionView first = runs.decisions(run.id(), null, Outcome.ELIGIBLE, Language.VIETNAMESE).get(0);
        String tooLong = "Ghi chú dài ".repeat(200);
        String note = page(mvc.perform(post("/proposals/" + id + "/entries/" + first.subjectType() + "/" + first.subjectCode() + "/note")
                .with(STAFF).with(csrf()).param("note", tooLong)).andExpect(status().isBadRequest()));
        assertThat(note).contains("<li>Ghi chú: ").contains("value=\"" + tooLong + "\"");
        mvc.perform(post("/proposals/" + id + "/submit").with(STAFF).with(csrf())).andExpect(redirectedUrl("/proposals/" + id));
        MockHttpServletRequestBuilder review = post("/proposals/" + id + "/review").with(ADMIN).with(csrf())
                .param("minutesNo", "05/BB-HĐTĐKT").param("minutesDate", "18/01/2025");
        List<DecisionView> eligible = runs.decisions(run.id(), null, Outcome.ELIGIBLE, Language.VIETNAMESE);
        for (int i = 0; i < eligible.size(); i++) {
            review.param("results[" + i + "].subjectType", eligible.get(i).subjectType().name())
                    .param("results[" + i + "].subjectCode", eligible.get(i).subjectCode())
                    .param("results[" + i + "].result", "AGREED");
        }
        mvc.perform(review).andExpect(redirectedUrl("/proposals/" + id));

        String refused = page(mvc.perform(post("/proposals/" + id + "/decision").with(ADMIN).with(csrf())
                .param("decisionNo", "12/QĐ-SCT").param("decisionDate", "31/02/2025").param("signer", "Giám đốc Sở"))
                .andExpect(status().isBadRequest()));
        assertThat(refused).contains("dd/mm/yyyy").contains("value=\"12/QĐ-SCT\"").contains("value=\"31/02/2025\"")
                .contains("value=\"Giám đốc Sở\"").contains("data-confirm=\"Ghi nhận quyết định khen thưởng?");
        mvc.perform(post("/proposals/" + id + "/decision").with(ADMIN).with(csrf()).param("decisionNo", "12/QĐ-SCT")
                .param("decisionDate", "20/01/2025").param("signer", "Giám đốc Sở")).andExpect(redirectedUrl("/proposals/" + id));

        DecisionView granted = eligible.get(0);
        String entry = "/proposals/" + id + "/entries/" + granted.subjectType() + "/" + granted.subjectCode();
        String revocation = page(mvc.perform(post(entry + "/revocation").with(ADMIN).with(csrf()).param("reason", " ")
                .param("decisionNo", "31/QĐ-SCT").param("decisionDate", "01/03/2025")).andExpect(status().isBadRequest()));
        assertThat(revocation).contains("<li>Lý do: ")
                .contains("data-confirm=\"Thu hồi khen thưởng của " + granted.subjectName() + "?");
        String form = revocation.substring(revocation.indexOf("action=\"" + entry + "/revocation\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertThat(form).contains("value=\"31/QĐ-SCT\"").contains("value=\"01/03/2025\"");
        assertThat(revocation).containsPattern("<details class=\"card\"\\s+open(=\"open\")?>\\s*<summary>[^<]*" + granted.subjectCode());
    }

    private DecisionView deferredUnit() {
        return runs.decisions(run.id(), null, Outcome.DEFERRED, Language.VIETNAMESE).stream()
                .filter(d -> d.subjectType() == vn.thidua.eligibility.model.SubjectType.UNIT).findFirst().orElseThrow();
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
