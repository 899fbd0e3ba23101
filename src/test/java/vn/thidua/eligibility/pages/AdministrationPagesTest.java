package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.web.ApiTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open and post the administration pages, and what their forms answer, without a browser. */
@ApiTest
class AdministrationPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    RuleSetAdministration ruleSets;

    private int active() {
        return ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/users", "/audit", "/audit/verify", "/rulesets/1/edit"})
    void staffCannotOpenTheEditorUsersOrAudit(String page) throws Exception {
        mvc.perform(get(page).with(user("staff").roles("STAFF"))).andExpect(status().isForbidden());
    }

    @Test
    void anAuditorReadsRuleSetsAndTheAuditLogButSeesNoForm() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        int v = active();
        mvc.perform(get("/rulesets/" + v).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("parameters.yaml"),
                        not(containsString("/activate")), not(containsString("/edit")), not(containsString("/simulate")))));
        mvc.perform(get("/rulesets/" + v + "/edit").with(auditor)).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(auditor)).andExpect(status().isForbidden());
        mvc.perform(post("/rulesets/" + v + "/activate").with(auditor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification\"")));
    }

    @Test
    void everyUserFormErrorIsShownAtItsField() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/users").with(admin).with(csrf())
                        .param("username", "A B").param("password", "short").param("role", "KING"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"username-error\""),
                        containsString("id=\"password-error\""), containsString("id=\"role-error\""),
                        containsString("Mật khẩu phải có ít nhất 10 ký tự"))));
        mvc.perform(post("/users").with(admin).with(csrf())
                        .param("username", "admin").param("password", "sparrow-gravel-27-fjord").param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng")));
        String name = "page-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/users").with(admin).with(csrf())
                        .param("username", name).param("password", "sparrow-gravel-27-fjord").param("role", "AUDITOR"))
                .andExpect(redirectedUrl("/users"));
        mvc.perform(get("/users").with(admin)).andExpect(content().string(containsString(name)));
    }

    @Test
    void anInvalidDraftIsStoredAndOpensInTheEditorWithItsProblemAtItsLine() throws Exception {
        RuleSetVersion base = ruleSets.get(active());
        String broken = base.files().get("decision.drl") + "\nrule \"Thử\"\nwhen\n    KhongCo()\nthen\nend\n";
        String location = mvc.perform(post("/rulesets/" + base.version() + "/edit").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("path", "decision.drl", "parameters.yaml")
                        .param("content", broken.replace("\n", "\r\n"), base.files().get("parameters.yaml").replace("\n", "\r\n"))
                        .param("note", "hỏng"))
                .andExpect(redirectedUrlPattern("/rulesets/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        int draft = Integer.parseInt(location.split("/")[2]);
        // only the edited file was given: the CRLF of the untouched one is not a change
        RuleSetVersion stored = ruleSets.get(draft);
        assertThat(stored.valid()).isFalse();
        assertThat(stored.files().get("decision.drl")).isEqualTo(broken);
        assertThat(stored.files().get("parameters.yaml")).isEqualTo(base.files().get("parameters.yaml"));
        mvc.perform(get(location).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("decision.drl, dòng"), containsString("data-line="))));
    }

    @Test
    void aRuleSetPageSaysWhichRulesNoScenarioExercises() throws Exception {
        int base = active();
        String id = "T.PAGE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String never = """
                package cchc;

                import vn.thidua.eligibility.model.*;

                rule "Never fires %s"
                    @id("%s") @legalBasis("test")
                when
                    Unit(code == "NO-SUCH-UNIT-%s")
                then
                end
                """.formatted(id, id, id);
        RuleSetVersion draft = ruleSets.create(new RuleSetAdministration.Draft(base, Map.of("never.drl", never), "coverage"), "admin");
        int unexercised = ruleSets.coverage(draft.version()).orElseThrow().unexercised().size();
        assertThat(unexercised).isPositive();

        mvc.perform(get("/rulesets/" + draft.version()).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"unexercised\""),
                        containsString(unexercised + " quy tắc chưa được kịch bản nào kích hoạt"), containsString(id))));
        mvc.perform(post("/rulesets/" + draft.version() + "/test").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"coverage\""),
                        containsString(unexercised == 1 ? "1 rule not exercised by any scenario"
                                : unexercised + " rules not exercised by any scenario"))));
    }

    @Test
    void theAuthorsActivationIsRefusedWithTheFourEyesRuleInWords() throws Exception {
        int base = active();
        RuleSetVersion draft = ruleSets.create(new RuleSetAdministration.Draft(base, Map.of("decision.drl",
                ruleSets.get(base).files().get("decision.drl") + "// four eyes\n"), "four eyes"), "admin");
        mvc.perform(post("/rulesets/" + draft.version() + "/activate").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiên bản " + draft.version()
                        + " do admin soạn; theo nguyên tắc bốn mắt, cần một quản trị viên khác kích hoạt.")));
    }
}
